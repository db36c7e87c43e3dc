package io.salescrm.billing.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.salescrm.platform.json.CrmJson;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published form of invoice and payment events, as other services read them from Kafka (pipeline moves deals to
 * won on InvoicePaidEvent; analytics sums invoices and payments). A change that breaks these fixtures needs a new
 * event revision and an upcaster, not an edited fixture.
 */
class InvoiceEventContractTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(CrmJson.newObjectMapper()).build();
    private final ObjectMapper json = new ObjectMapper();

    static List<QuoteEventSamples.Sample> samples() {
        return InvoiceEventSamples.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void isSerializedAsItsContract(QuoteEventSamples.Sample sample) throws IOException {
        SerializedObject<byte[]> serialized = serializer.serialize(sample.event(), byte[].class);

        assertThat(serialized.getType().getName()).isEqualTo(sample.event().getClass().getName());
        assertThat(serialized.getType().getRevision()).isEqualTo(revisionOf(sample.fixture()));
        assertThat(json.readTree(serialized.getData())).isEqualTo(json.readTree(fixture(sample.fixture())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void isReadBackExactly(QuoteEventSamples.Sample sample) throws IOException {
        var serialized = new SimpleSerializedObject<>(fixture(sample.fixture()), byte[].class,
                new SimpleSerializedType(sample.event().getClass().getName(), revisionOf(sample.fixture())));
        Object read = serializer.deserialize(serialized);
        assertThat(read).isEqualTo(sample.event());
    }

    private static String revisionOf(String fixture) {
        return fixture.substring(fixture.lastIndexOf('-') + 1, fixture.lastIndexOf('.'));
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = InvoiceEventContractTest.class.getResourceAsStream("/contracts/" + name)) {
            if (in == null) {
                throw new IOException("missing fixture " + name);
            }
            return in.readAllBytes();
        }
    }
}
