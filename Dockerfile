# Builds the tracker from source and runs it; docker-compose.yml points it at PostgreSQL.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
RUN ./mvnw -B -ntp package -DskipTests

FROM eclipse-temurin:25-jre
WORKDIR /app
RUN useradd --system tracker
COPY --from=build /src/target/commitment-tracker-*.jar app.jar
USER tracker
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
