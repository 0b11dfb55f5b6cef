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

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("import")) {
            ImportCli.main(args);
            return;
        }
        SpringApplication.run(Application.class, args);
    }
}
