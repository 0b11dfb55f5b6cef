package dev.commitmenttracker;

import dev.commitmenttracker.importing.ImportCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the commitment tracker; {@code import --dry-run FILE} instead reads a published CPS response and prints its
 * draft action plan as JSON, with no database and no server.
 */
@SpringBootApplication
public class Application {

    static {
        // Axon prints an advertisement for its hosted console at every start unless told not to.
        if (System.getProperty("disable-axoniq-console-message") == null) {
            System.setProperty("disable-axoniq-console-message", "true");
        }
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("import")) {
            ImportCli.main(args);
            return;
        }
        try {
            SpringApplication.run(Application.class, args);
        } catch (RuntimeException startFailed) {
            // Spring Boot has logged why. Threads a half-started application left running must not keep a failed node
            // alive: exit, so that a supervisor sees the failure and restarts it.
            System.exit(1);
        }
    }
}
