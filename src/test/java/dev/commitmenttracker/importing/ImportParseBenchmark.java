package dev.commitmenttracker.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Parse time of each {@link AdversarialDocuments} input at growing sizes, printed as a markdown
 * table (docs/benchmarks.md, "Importer parse time"). Not a test: run it by hand, e.g.
 * {@code java -cp target/test-classes:target/classes:<test classpath> dev.commitmenttracker.importing.ImportParseBenchmark}
 * with optional arguments: sizes in characters, {@code --only=NAME,...}, {@code --quick} (one run, no warm-up).
 *
 * <p>Method: each document is parsed twice to warm up, then five times; the median is reported.
 * Wall-clock time on one thread, calling {@link ResponseDocumentParser#parse} directly (no executor).
 */
public final class ImportParseBenchmark {

    private static int warmUp = 2;
    private static int runs = 5;

    private ImportParseBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = Arrays.stream(args).filter(a -> !a.startsWith("--")).mapToInt(Integer::parseInt).toArray();
        if (sizes.length == 0) {
            sizes = new int[] {125_000, 250_000, 500_000, 1_000_000, 2_000_000};
        }
        List<String> only = Arrays.stream(args).filter(a -> a.startsWith("--only="))
                .flatMap(a -> Arrays.stream(a.substring("--only=".length()).split(","))).toList();
        if (Arrays.asList(args).contains("--quick")) {
            warmUp = 0;
            runs = 1;
        }
        ResponseDocumentParser parser = new ResponseDocumentParser();
        System.out.println("| input | size (chars) | median parse time (ms) | ms per 100,000 chars |");
        System.out.println("|---|---:|---:|---:|");
        for (AdversarialDocuments input : AdversarialDocuments.values()) {
            if (!only.isEmpty() && !only.contains(input.name())) {
                continue;
            }
            for (int size : sizes) {
                String document = input.of(size);
                long[] times = new long[runs];
                for (int run = 0; run < warmUp + runs; run++) {
                    long start = System.nanoTime();
                    parser.parse(document, input.format());
                    long elapsed = System.nanoTime() - start;
                    if (run >= warmUp) {
                        times[run - warmUp] = elapsed;
                    }
                }
                Arrays.sort(times);
                double ms = times[runs / 2] / 1e6;
                System.out.printf(Locale.ROOT, "| %s | %,d | %.1f | %.2f |%n", input.name().toLowerCase(Locale.ROOT)
                        .replace('_', ' '), document.length(), ms, ms * 100_000 / document.length());
                System.out.flush();
            }
        }
    }
}
