package dev.commitmenttracker.web;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Refusals made before any controller runs are problem+json too: Tomcat's (its error report valve is replaced)
 * and Spring Security's firewall (a path with {@code ;}, {@code %2e%2e}, an encoded slash, a control character
 * in a header). Errors forwarded to {@code /error} are answered by {@link ProblemErrorController}.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrors {

    @Bean
    ValveCustomizer problemReportValve(Problems problems) {
        return new ValveCustomizer(problems);
    }

    /** Runs after Spring Boot's own customizer, which installs Tomcat's valve. */
    record ValveCustomizer(Problems problems)
            implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            factory.addContextCustomizers(context -> replaceErrorReportValve(context.getParent(), problems));
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    private static void replaceErrorReportValve(Container host, Problems problems) {
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve)) {
                host.getPipeline().removeValve(valve);
            }
        }
        if (host instanceof StandardHost standard) {
            // The host adds a valve of this class when it starts unless one is there already: ours is.
            standard.setErrorReportValveClass(ProblemReportValve.class.getName());
        }
        host.getPipeline().addValve(new ProblemReportValve(problems));
    }

    /** Requests Spring Security's firewall refuses: 400 problem+json, naming no internals. */
    @Bean
    RequestRejectedHandler problemForRejectedRequest(Problems problems) {
        return (request, response, rejected) -> {
            Problems.secureHeaders(response);
            problems.write(
                    response,
                    HttpStatus.BAD_REQUEST,
                    "request.rejected",
                    null,
                    "The request was refused because its path or headers contain characters or sequences that are not "
                            + "allowed (such as ';', an encoded '/' or '..', or a control character).");
        };
    }
}
