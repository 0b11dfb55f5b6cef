package dev.commitmenttracker.importing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Parse time of each {@link AdversarialDocuments} input at growing sizes, printed as a markdown
 * table (docs/benchmarks.md, "Importer parse time"). Not a test: run it by hand, e.g.
 * {@code java -cp target/test-classes:target/classes:<test classpath> dev.commitmenttracker.importing.ImportParseBenchmark}
 * with optional arguments: sizes in characters, {@code --only=NAME,...}, {@code --runs=N}, {@code --warm-up=N},
 * {@code --quick} (one run, no warm-up).
 *
 * <p>Method: each document is parsed twice to warm up (by default), then five times; the median is reported, as the
 * CPU time of the parsing thread (so that other work on a shared machine does not count) and as
 * wall-clock time, calling {@link ResponseDocumentParser#parse} directly (no executor).
 */
public final class ImportParseBenchmark {

    private static int warmUp = 2;
    private static int runs = 5;

    private ImportParseBenchmark() {}

    public static void main(String[] args) {
        int[] sizes = Arrays.stream(args)
                .filter(a -> !a.startsWith("--"))
                .mapToInt(Integer::parseInt)
                .toArray();
        if (sizes.length == 0) {
            sizes = new int[] {125_000, 250_000, 500_000, 1_000_000, 2_000_000};
        }
        List<String> only = Arrays.stream(args)
                .filter(a -> a.startsWith("--only="))
                .flatMap(a -> Arrays.stream(a.substring("--only=".length()).split(",")))
                .toList();
        if (Arrays.asList(args).contains("--quick")) {
            warmUp = 0;
            runs = 1;
        }
        for (String arg : args) {
            if (arg.startsWith("--runs=")) {
                runs = Integer.parseInt(arg.substring("--runs=".length()));
            } else if (arg.startsWith("--warm-up=")) {
                warmUp = Integer.parseInt(arg.substring("--warm-up=".length()));
            }
        }
        ResponseDocumentParser parser = new ResponseDocumentParser();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.println("| input | size (chars) | CPU time (ms) | CPU ms per 100,000 chars | wall time (ms) |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (AdversarialDocuments input : AdversarialDocuments.values()) {
            if (!only.isEmpty() && !only.contains(input.name())) {
                continue;
            }
            for (int size : sizes) {
                String document = input.of(size);
                long[] cpu = new long[runs];
                long[] wall = new long[runs];
                for (int run = 0; run < warmUp + runs; run++) {
                    long startCpu = threads.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    parser.parse(document, input.format());
                    if (run >= warmUp) {
                        wall[run - warmUp] = System.nanoTime() - start;
                        cpu[run - warmUp] = threads.getCurrentThreadCpuTime() - startCpu;
                    }
                }
                Arrays.sort(cpu);
                Arrays.sort(wall);
                double ms = cpu[runs / 2] / 1e6;
                System.out.printf(
                        Locale.ROOT,
                        "| %s | %,d | %.1f | %.2f | %.1f |%n",
                        input.name().toLowerCase(Locale.ROOT).replace('_', ' '),
                        document.length(),
                        ms,
                        ms * 100_000 / document.length(),
                        wall[runs / 2] / 1e6);
                System.out.flush();
            }
        }
    }
}
