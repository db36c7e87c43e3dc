package io.salescrm.analytics.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.analytics.AnalyticsProcessing;
import io.salescrm.analytics.deal.DealFact;
import io.salescrm.analytics.deal.DealFactMother;
import io.salescrm.analytics.deal.DealFactMother.DealEvent;
import io.salescrm.pipeline.api.PipelineTopic;
import io.salescrm.platform.test.EmbeddedInfrastructure;
import io.salescrm.platform.test.KafkaEventWriter;
import io.salescrm.platform.test.ServiceIntegrationTest;
import io.salescrm.platform.test.TestTokens;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Load harness for the analytics projection (tagged {@code benchmark}, so {@code mvn verify} skips it), on the
 * embedded Kafka broker and MongoDB wire server, with the org of {@link BenchmarkOrg}:
 * <ol>
 * <li>throughput: the histories of 20,000 deals ({@code -Dcrm.benchmark.projection-deals=N}; about 5 events each,
 * interleaved in time order) are sent to the pipeline topic while the processor runs; events/s = events / (time
 * from the first sent until every fact is seen with its last event applied, polled each second);</li>
 * <li>steady load: events sent at a fixed rate ({@code -Dcrm.benchmark.rate}, default half the measured throughput)
 * for {@code crm.benchmark.steady-seconds} (60); the lag of each = when its handling finished - its timestamp (taken
 * when it is sent), recorded by a handler interceptor on the {@code analytics} processor: p50/p99/max and the
 * achieved rate;</li>
 * <li>rebuild: {@code POST /admin/rebuild} as the Head of sales (ORG WRITE ALL), timed until every deal fact is
 * back as it was (count, sum of applied sequence numbers, the summary), with the records replayed.</li>
 * </ol>
 * Prints the figures and writes them to {@code target/benchmark/analytics-projection.txt}.
 */
@Tag("benchmark")
@ServiceIntegrationTest
class AnalyticsProjectionBenchmark {

    static final int DEALS = Integer.getInteger("crm.benchmark.projection-deals", 20_000);
    static final int STEADY_SECONDS = Integer.getInteger("crm.benchmark.steady-seconds", 60);

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    HandledDealEvents handled;
    @Autowired
    AdminClient kafkaAdmin;

    @Test
    void throughputLagUnderSteadyLoadAndRebuild() throws Exception {
        BenchmarkOrg org = BenchmarkOrg.publish();
        org.awaitKnownBy(anonymous, mongo);
        List<String> pipelines = List.of("benchmark-sales", "benchmark-renewals", "benchmark-partners");
        Instant now = Instant.now();
        Instant threeYearsAgo = LocalDate.now(ZoneOffset.UTC).minusYears(3).atStartOfDay(ZoneOffset.UTC).toInstant();
        DealFactMother mother = new DealFactMother(20261128L, pipelines, org.groupOfManager(), threeYearsAgo, now);
        List<String> report = new ArrayList<>();

        try (KafkaEventWriter writer = new KafkaEventWriter(EmbeddedInfrastructure.kafkaBootstrapServers());
             KafkaProducer<String, byte[]> producer = asyncProducer()) {
            // (a) throughput: records built beforehand, so the timing is the processor's, not the serialisation's
            List<DealEvent> history = historyInTimeOrder(mother, "throughput-", DEALS);
            List<ProducerRecord<String, byte[]>> records = new ArrayList<>(history.size());
            for (DealEvent event : history) {
                records.add(writer.record(PipelineTopic.NAME, "Deal", event.dealId(), event.sequence(), event.payload()));
            }
            long sendStart = System.currentTimeMillis();
            records.forEach(producer::send);
            producer.flush();
            long sent = System.currentTimeMillis();
            long millis = awaitFactsApplied(history, "throughput-", Duration.ofMinutes(30)) - sendStart;
            double throughput = history.size() * 1000.0 / millis;
            phase(report, String.format(Locale.ROOT, "throughput: %d deals, %d events sent in %d ms, every fact applied after %d ms: "
                    + "%.0f events/s (%s)", DEALS, history.size(), sent - sendStart, millis, throughput, loadAverage()));

            // (b) steady load at a fixed rate, each record built (and timestamped) when it is due
            double rate = Double.parseDouble(System.getProperty("crm.benchmark.rate", String.valueOf(Math.round(throughput / 2))));
            int steadyEvents = (int) Math.round(rate * STEADY_SECONDS);
            List<DealEvent> steady = historyInTimeOrder(mother, "steady-", (int) Math.ceil(steadyEvents / 4.0))
                    .subList(0, steadyEvents);
            handled.reset(true);
            long steadyStart = System.nanoTime();
            for (int i = 0; i < steady.size(); i++) {
                long due = steadyStart + (long) (i * 1e9 / rate);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                DealEvent event = steady.get(i);
                producer.send(writer.record(PipelineTopic.NAME, "Deal", event.dealId(), event.sequence(), event.payload()));
            }
            producer.flush();
            double sendingSeconds = (System.nanoTime() - steadyStart) / 1e9;
            awaitFactsApplied(steady, "steady-", Duration.ofMinutes(10));
            long[] lags = handled.lags();
            phase(report, String.format(Locale.ROOT, "steady load: target %.0f events/s for %d s; sent %d events in %.1f s "
                            + "(%.0f events/s); lag (handling finished - event timestamp) over %d events: p50=%d ms p99=%d ms max=%d ms (%s)",
                    rate, STEADY_SECONDS, steady.size(), sendingSeconds, steady.size() / sendingSeconds, lags.length,
                    percentile(lags, 50), percentile(lags, 99), lags[lags.length - 1], loadAverage()));
        }

        // (c) rebuild from the topics: every fact must come back exactly as it was
        TestRestTemplate admin = TestTokens.as(anonymous, TestTokens.bearer(org.headOfSales()));
        FactsState before = factsState(admin);
        long records = recordsInTopics();
        handled.reset(false);
        long rebuildStart = System.currentTimeMillis();
        assertThat(admin.postForEntity("/admin/rebuild", null, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        long pipelineDealRecords = before.lastSequenceSum() + before.facts();
        await().atMost(Duration.ofMinutes(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> factsState(admin).equals(before));
        long rebuildMillis = System.currentTimeMillis() - rebuildStart;
        phase(report, String.format(Locale.ROOT, "rebuild: %d deal facts (%d deal events, %d records in the consumed topics) "
                        + "equal again after %d ms (%d deal events handled): %.3f ms per record (%s)",
                before.facts(), pipelineDealRecords, records, rebuildMillis, handled.count(),
                (double) rebuildMillis / records, loadAverage()));

        Path out = Path.of("target", "benchmark", "analytics-projection.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }

    private static void phase(List<String> report, String figures) {
        System.out.println(figures);
        report.add(figures);
    }

    /** The histories of {@code deals} new deals, merged in the order their events happened (each deal's in order). */
    private static List<DealEvent> historyInTimeOrder(DealFactMother mother, String prefix, int deals) {
        List<DealEvent> events = new ArrayList<>();
        for (int i = 0; i < deals; i++) {
            events.addAll(mother.history(prefix + i));
        }
        events.sort(Comparator.comparing(DealEvent::at));
        return events;
    }

    /**
     * Waits until every deal of {@code events} has its fact with its last event applied (polled every second);
     * returns when that was seen.
     */
    private long awaitFactsApplied(List<DealEvent> events, String prefix, Duration atMost) {
        Map<String, Long> last = new HashMap<>();
        events.forEach(e -> last.merge(e.dealId(), e.sequence(), Math::max));
        long sequences = last.values().stream().mapToLong(Long::longValue).sum();
        await().atMost(atMost).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Document sums = sequenceSums("^" + prefix);
            assertThat(((Number) sums.get("facts")).longValue()).as("facts (%d deal events handled)", handled.count())
                    .isEqualTo(last.size());
            assertThat(((Number) sums.get("sequences")).longValue()).isEqualTo(sequences);
        });
        return System.currentTimeMillis();
    }

    private Document sequenceSums(String idPattern) {
        List<Document> pipeline = List.of(
                new Document("$match", new Document("_id", new Document("$regex", idPattern))),
                new Document("$group", new Document("_id", null).append("facts", new Document("$sum", 1))
                        .append("sequences", new Document("$sum", "$sequence"))));
        Document result = mongo.getCollection(DealFact.COLLECTION).aggregate(pipeline).first();
        return result == null ? new Document("facts", 0).append("sequences", 0) : result;
    }

    record FactsState(long facts, long lastSequenceSum, String summary) {
    }

    private FactsState factsState(TestRestTemplate admin) {
        Document sums = sequenceSums("^(throughput|steady)-");
        JsonNode summary = admin.getForObject("/deals/summary", JsonNode.class);
        return new FactsState(((Number) sums.get("facts")).longValue(), ((Number) sums.get("sequences")).longValue(),
                summary.get("dealCount").asText() + " " + summary.get("totalAmount").asText());
    }

    private long recordsInTopics() throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        kafkaAdmin.describeTopics(EmbeddedInfrastructure.TOPICS).allTopicNames().get(10, TimeUnit.SECONDS).values()
                .forEach(topic -> topic.partitions().forEach(p -> latest.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest())));
        return kafkaAdmin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).values().stream().mapToLong(o -> o.offset()).sum();
    }

    private static KafkaProducer<String, byte[]> asyncProducer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    private static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    private static String loadAverage() throws IOException {
        return "load average " + Files.readString(Path.of("/proc/loadavg")).trim().split(" ", 4)[0];
    }

    /**
     * Counts the distinct deal events the analytics processor handled since the last reset and, when asked, the lag
     * of each (a message handled again, e.g. after a rolled-back batch, counts once, at its first handling).
     */
    static final class HandledDealEvents implements MessageHandlerInterceptor<EventMessage<?>> {

        private final Set<String> seen = ConcurrentHashMap.newKeySet();
        private volatile boolean recordingLag;
        private final List<Long> lags = new ArrayList<>();

        @Override
        public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
            Object result = chain.proceed();
            EventMessage<?> event = unitOfWork.getMessage();
            if (event.getPayloadType().getPackageName().equals("io.salescrm.pipeline.api.deal")) {
                long finished = System.currentTimeMillis();
                if (seen.add(event.getIdentifier()) && recordingLag) {
                    synchronized (lags) {
                        lags.add(finished - event.getTimestamp().toEpochMilli());
                    }
                }
            }
            return result;
        }

        void reset(boolean recordLag) {
            synchronized (lags) {
                lags.clear();
            }
            seen.clear();
            recordingLag = recordLag;
        }

        long count() {
            return seen.size();
        }

        long[] lags() {
            synchronized (lags) {
                return lags.stream().mapToLong(Long::longValue).sorted().toArray();
            }
        }
    }

    @TestConfiguration
    static class HandlingRecording {

        @Bean
        static HandledDealEvents handledDealEvents() {
            return new HandledDealEvents();
        }

        @Autowired
        void interceptAnalytics(EventProcessingConfigurer processing, HandledDealEvents handled) {
            processing.registerHandlerInterceptor(AnalyticsProcessing.GROUP, configuration -> handled);
        }
    }
}
