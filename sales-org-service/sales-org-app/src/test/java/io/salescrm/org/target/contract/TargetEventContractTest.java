package io.salescrm.org.target.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.salescrm.org.api.target.PeriodType;
import io.salescrm.org.api.target.SplitStatus;
import io.salescrm.org.api.target.TargetGrowth;
import io.salescrm.org.api.target.TargetPeriod;
import io.salescrm.org.api.target.TargetSetEvent;
import io.salescrm.org.api.target.TargetSplitEvent;
import io.salescrm.org.api.target.TargetSplitPart;
import io.salescrm.org.api.target.TargetSubject;
import io.salescrm.org.api.target.TargetSubjectType;
import io.salescrm.org.api.target.TargetValue;
import io.salescrm.platform.json.CrmJson;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published form of target events, as analytics reads them from Kafka (plan vs actual). A change that breaks
 * these fixtures needs a new event revision and an upcaster, not an edited fixture.
 */
class TargetEventContractTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(CrmJson.newObjectMapper()).build();
    private final ObjectMapper json = new ObjectMapper();

    private static final TargetPeriod Q2_2026 = TargetPeriod.of(PeriodType.QUARTER, LocalDate.parse("2026-04-01"));
    private static final TargetSubject COMPANY = new TargetSubject(TargetSubjectType.COMPANY, "6d1c2a0e-0b7a-4f57-9a51-3c2f0d9e8b11");

    private final TargetSetEvent set = new TargetSetEvent("0f8e3c1a-5b2d-4e7f-8a9b-1c2d3e4f5a6b", 1, Q2_2026, COMPANY,
            TargetValue.amount(new BigDecimal("1700000.00"), "RUB"),
            new TargetGrowth(new BigDecimal("70"), TargetPeriod.of(PeriodType.QUARTER, LocalDate.parse("2025-04-01")),
                    TargetValue.amount(new BigDecimal("1000000.00"), "RUB")),
            null, null, "+70% over last year's second quarter", Instant.parse("2026-03-01T10:15:30Z"));

    private final TargetSplitEvent split = new TargetSplitEvent("0f8e3c1a-5b2d-4e7f-8a9b-1c2d3e4f5a6b", 2, 1,
            SplitStatus.FINAL, Q2_2026, COMPANY, TargetValue.amount(new BigDecimal("1700000.00"), "RUB"),
            List.of(new TargetSplitPart("2a4b6c8d-1e3f-4a5b-9c7d-0e1f2a3b4c5d",
                            new TargetSubject(TargetSubjectType.UNIT, "8e9f0a1b-2c3d-4e5f-a6b7-c8d9e0f1a2b3"),
                            TargetValue.amount(new BigDecimal("1000000.00"), "RUB")),
                    new TargetSplitPart("3b5c7d9e-2f4a-4b6c-8d0e-1f2a3b4c5d6e",
                            new TargetSubject(TargetSubjectType.UNIT, "9f0a1b2c-3d4e-4f5a-b7c8-d9e0f1a2b3c4"),
                            TargetValue.amount(new BigDecimal("700000.00"), "RUB"))),
            TargetValue.amount(new BigDecimal("1700000.00"), "RUB"), List.of(), null,
            Instant.parse("2026-03-02T08:00:00Z"));

    @Test
    void targetSetIsSerializedAsRevisionOneOfItsContract() throws IOException {
        assertSerializedAs(set, "TargetSetEvent-1.json");
    }

    @Test
    void revisionOneOfTargetSetIsReadBackExactly() throws IOException {
        assertThat(read(TargetSetEvent.class, "TargetSetEvent-1.json")).isEqualTo(set);
    }

    @Test
    void targetSplitIsSerializedAsRevisionOneOfItsContract() throws IOException {
        assertSerializedAs(split, "TargetSplitEvent-1.json");
    }

    @Test
    void revisionOneOfTargetSplitIsReadBackExactly() throws IOException {
        assertThat(read(TargetSplitEvent.class, "TargetSplitEvent-1.json")).isEqualTo(split);
    }

    private void assertSerializedAs(Object event, String fixture) throws IOException {
        SerializedObject<byte[]> serialized = serializer.serialize(event, byte[].class);
        assertThat(serialized.getType().getName()).isEqualTo(event.getClass().getName());
        assertThat(serialized.getType().getRevision()).isEqualTo("1");
        assertThat(json.readTree(serialized.getData())).isEqualTo(json.readTree(fixture(fixture)));
    }

    private <T> T read(Class<T> type, String fixture) throws IOException {
        return serializer.deserialize(new SimpleSerializedObject<>(fixture(fixture), byte[].class,
                new SimpleSerializedType(type.getName(), "1")));
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = TargetEventContractTest.class.getResourceAsStream("/contracts/" + name)) {
            return in.readAllBytes();
        }
    }
}
