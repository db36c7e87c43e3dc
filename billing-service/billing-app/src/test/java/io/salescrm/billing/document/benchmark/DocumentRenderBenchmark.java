package io.salescrm.billing.document.benchmark;

import io.salescrm.billing.document.BillingDocument;
import io.salescrm.billing.document.DocumentMother;
import io.salescrm.billing.document.DocumentRenderer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Load harness for PDF rendering (not a timed unit test; tagged {@code benchmark}, so {@code mvn verify} skips it).
 * Renders a 20-line quote document 200 times after 30 warm-up renders, one at a time, and prints the time per
 * document (p50, p95, max, wall clock) with the rendering thread's CPU time beside it (on a shared, loaded machine
 * the wall clock mostly measures waiting for a core) and the file size. Run it with
 * {@code mvn -o -pl billing-service/billing-app -am test -Dtest=DocumentRenderBenchmark -Dcrm.benchmark.excluded=none
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class DocumentRenderBenchmark {

    private static final int WARM_UP = 30;
    private static final int RENDERS = 200;
    private static final int LINES = 20;

    @Test
    void pdfRenderTimePerDocument() {
        DocumentRenderer renderer = new DocumentRenderer();
        BillingDocument document = DocumentMother.quote(LINES);
        for (int i = 0; i < WARM_UP; i++) {
            renderer.pdf(document);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[RENDERS];
        long[] cpu = new long[RENDERS];
        int bytes = 0;
        for (int i = 0; i < RENDERS; i++) {
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            bytes = renderer.pdf(document).length;
            nanos[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        System.out.printf("PDF render, %d-line document, %d renders: wall p50 %.1f ms, p95 %.1f ms, max %.1f ms; "
                        + "CPU p50 %.1f ms, p95 %.1f ms; %d KiB per file%n",
                LINES, RENDERS, ms(nanos[RENDERS / 2]), ms(nanos[(int) (RENDERS * 0.95)]), ms(nanos[RENDERS - 1]),
                ms(cpu[RENDERS / 2]), ms(cpu[(int) (RENDERS * 0.95)]), bytes / 1024);
        assertThat(bytes).isPositive();
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
