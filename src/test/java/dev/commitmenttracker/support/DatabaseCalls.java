package dev.commitmenttracker.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts what the current thread asks of the database while it runs some work: transactions (commits, rollbacks and
 * statements run in auto-commit), statements (each SQL execution, each entry of a batch) and round trips (the JDBC
 * calls that wait for the server: an execution, a batch, a commit, a rollback, a validity check). Only the calling
 * thread is counted, so the event processors polling alongside do not blur the figure. Import {@link Counting} into a
 * test's context to wrap its data source.
 */
public final class DatabaseCalls {

    private static final ThreadLocal<Recording> CURRENT = new ThreadLocal<>();
    private static final Set<String> EXECUTIONS =
            Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate");

    private DatabaseCalls() {}

    /** What the work asked of the database, and its answer. */
    public record Count<T>(T result, int transactions, int statements, int roundTrips, List<String> sql) {

        /** How many statements read from (or write to) this table, e.g. {@code domain_event_entry}. */
        public long touching(String table, String verb) {
            return sql.stream()
                    .map(s -> s.toLowerCase(Locale.ROOT).strip())
                    .filter(s -> s.startsWith(verb) && s.matches("(?s).*\\b" + table + "\\b.*"))
                    .count();
        }

        @Override
        public String toString() {
            return transactions + " transactions, " + statements + " statements, " + roundTrips + " round trips:\n  "
                    + String.join("\n  ", sql);
        }
    }

    public static <T> Count<T> during(Supplier<T> work) {
        Recording recording = new Recording();
        CURRENT.set(recording);
        try {
            T result = work.get();
            return new Count<>(
                    result,
                    recording.transactions,
                    recording.statements,
                    recording.roundTrips,
                    List.copyOf(recording.sql));
        } finally {
            CURRENT.remove();
        }
    }

    private static final class Recording {
        int transactions;
        int statements;
        int roundTrips;
        final List<String> sql = new ArrayList<>();
    }

    /** Wraps the application's data source so that {@link #during} can count. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Counting {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())
                            ? proxy(
                                    DataSource.class,
                                    dataSource,
                                    (method, args) -> method.getName().equals("getConnection")
                                            ? connection((Connection) invoke(dataSource, method, args))
                                            : invoke(dataSource, method, args))
                            : bean;
                }
            };
        }
    }

    private static Connection connection(Connection target) {
        return proxy(Connection.class, target, (method, args) -> {
            Recording recording = CURRENT.get();
            String name = method.getName();
            if (recording != null
                    && (name.equals("commit") || name.equals("rollback"))
                    && (args == null || args.length == 0)) {
                recording.transactions++;
                recording.roundTrips++;
                recording.sql.add(name.toUpperCase(Locale.ROOT));
            } else if (recording != null && name.equals("isValid")) {
                recording.roundTrips++;
            }
            Object result = invoke(target, method, args);
            if (name.equals("prepareStatement")) {
                return statement(PreparedStatement.class, (Statement) result, target, (String) args[0]);
            } else if (name.equals("prepareCall")) {
                return statement(CallableStatement.class, (Statement) result, target, (String) args[0]);
            } else if (name.equals("createStatement")) {
                return statement(Statement.class, (Statement) result, target, null);
            }
            return result;
        });
    }

    private static <S extends Statement> S statement(
            Class<S> type, Statement target, Connection connection, String prepared) {
        int[] batched = {0};
        List<String> batchedSql = new ArrayList<>();
        return proxy(type, target, (method, args) -> {
            Recording recording = CURRENT.get();
            String name = method.getName();
            if (recording != null && EXECUTIONS.contains(name)) {
                recording.statements++;
                recording.roundTrips++;
                recording.sql.add(prepared != null ? prepared : String.valueOf(args[0]));
                if (connection.getAutoCommit()) {
                    recording.transactions++;
                }
            } else if (name.equals("addBatch")) {
                batched[0]++;
                batchedSql.add(prepared != null ? prepared : String.valueOf(args[0]));
            } else if (name.startsWith("executeBatch") || name.equals("executeLargeBatch")) {
                if (recording != null) {
                    recording.statements += batched[0];
                    recording.roundTrips++;
                    recording.sql.addAll(batchedSql);
                    if (connection.getAutoCommit()) {
                        recording.transactions++;
                    }
                }
                batched[0] = 0;
                batchedSql.clear();
            }
            return invoke(target, method, args);
        });
    }

    private interface Call {
        Object on(Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, Object target, Call call) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("unwrap")
                    && args != null
                    && args[0] instanceof Class<?> wanted
                    && wanted.isInstance(proxy)
                    && !wanted.isInstance(target)) {
                return proxy;
            }
            return call.on(method, args);
        };
        return type.cast(Proxy.newProxyInstance(DatabaseCalls.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
