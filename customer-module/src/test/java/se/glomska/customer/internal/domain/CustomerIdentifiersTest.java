package se.glomska.customer.internal.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule of {@link CustomerIdentifiers} as a table: what mentions the customer and what must not
 * (no flooding from short or common tokens), and a redaction that keeps every other character.
 */
class CustomerIdentifiersTest {

    /** A person with the usual identifiers, a hyphenated first name, a particle surname and a branch. */
    static final CustomerIdentifiers ANNA = CustomerIdentifiers.builder()
            .person("Anna-Karin", "Öhman")
            .person("Bo Ek")
            .person("Jan", "van der Berg")
            .person("Per Johansson")
            .person("Élise Åström")
            .company("Fjällbacka Bygg AB")
            .company("Anna-Karin Öhman")
            .address("Götgatan 20", "411 03")
            .phone("070-123 45 67", "+46 8 555 123 45")
            .registrationNumber("19751102-2186")
            .registrationNumber("556677-8899")
            .literal("Anna.Karin+erp@Example.se", "SE556677889901")
            .build();

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Ring Anna-Karin efter kl 10                       | true
            ring anna-karin efter kl 10                       | true
            ANNA-KARIN ringde                                 | true
            Anna Karin ringde                                 | true
            Anna-Karins beställning                           | true
            Fru Öhman vill ha offert                          | true
            fru öhman vill ha offert                          | true
            Öhmans order                                      | true
            Kontakt: Élise                                    | true
            kontakt: élise                                    | true
            ÅSTRÖM                                            | true
            Bo Ek har ringt                                   | true
            bo ek har ringt                                   | true
            Jan van der Berg                                  | true
            Mötte van der Berg                                | true
            Per Johansson                                     | true
            Johansson                                         | true
            Fjällbacka Bygg                                   | true
            fjällbacka  bygg ab                               | true
            Leverans till Götgatan 20, port B                 | true
            Ring 070-123 45 67                                | true
            Ring 0701234567                                   | true
            Ring 070 123 45 67.                               | true
            Ring +46 70 123 45 67                             | true
            Ring +46701234567                                 | true
            Ring 0046 70-123 45 67                            | true
            Ring +46 (0)70 123 45 67                          | true
            Ring (070) 123-45-67                              | true
            Växel 08-555 123 45                               | true
            Pnr 751102-2186                                   | true
            Pnr 7511022186                                    | true
            Pnr 19751102-2186                                 | true
            Pnr 197511022186                                  | true
            Pnr 751102 2186                                   | true
            Org 556677-8899                                   | true
            Org 5566778899                                    | true
            Mejla anna.karin+erp@example.se.                  | true
            (ANNA.KARIN+ERP@EXAMPLE.SE)                       | true
            <anna.karin+erp@example.se>                       | true
            Moms SE556677889901                               | true
            Annandag jul                                      | false
            Annika ringde                                     | false
            Karin ringde                                      | false
            Anna ringde                                       | false
            Bo ringde                                         | false
            En ek i trädgården                                | false
            Per styck 100 kr                                  | false
            Berg och dal                                      | false
            Van der Waals                                     | false
            Ett AB från Göteborg                              | false
            Bygg och anläggning                               | false
            Postnummer 411 03                                 | false
            Götgatan 2                                        | false
            Götgatan 200                                      | false
            Ring 070-123 45 68                                | false
            Order 10701234567                                 | false
            Ordernr 0701234567890                             | false
            Pnr 751102-2187                                   | false
            5566778899123                                     | false
            xanna.karin+erp@example.se                        | false
            anna.karin+erp@example.sex                        | false
            Öhmansson                                         | false
            Nilsson                                           | false
            """)
    void finds_the_customer_the_way_people_type_it(String text, boolean mentioned) {
        assertThat(ANNA.mentionedIn(text)).as(text).isEqualTo(mentioned);
    }

    @Test
    void a_customer_without_identifiers_is_mentioned_nowhere() {
        CustomerIdentifiers none = CustomerIdentifiers.builder().person("Bo").person("Li").company("AB")
                .phone("12 34").registrationNumber("123").build();
        assertThat(none.regex()).isEmpty();
        assertThat(none.mentionedIn("Bo Li AB 12 34 123")).isFalse();
        assertThat(none.redact("Bo Li")).isEqualTo("Bo Li");
    }

    @Test
    void a_company_name_that_is_the_persons_name_adds_no_phrase() {
        CustomerIdentifiers anna = CustomerIdentifiers.builder().person("Anna", "Andersson").company("Anna Andersson")
                .build();
        assertThat(anna.redact("Ring Anna Andersson efter kl 10")).isEqualTo("Ring Xxxx Xxxx efter kl 10");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ring Anna-Karin Öhman efter kl 10                 | Ring Xxxx Xxxx efter kl 10
            Mejla anna.karin+erp@example.se, tack!            | Mejla Xxxx, tack!
            Tel 070-123 45 67 / +46 8 555 123 45.             | Tel Xxxx / Xxxx.
            Pnr 19751102-2186 (kontrollerat)                  | Pnr Xxxx (kontrollerat)
            Till Fjällbacka Bygg AB, Götgatan 20              | Till Xxxx AB, Xxxx
            Per styck till Per Johansson                      | Per styck till Xxxx
            """)
    void redaction_replaces_each_occurrence_and_keeps_the_rest(String text, String redacted) {
        assertThat(ANNA.redact(text)).isEqualTo(redacted);
    }

    /**
     * Seeded property: random text (Swedish letters, emoji, right-to-left script, combining marks, line
     * breaks) around the identifiers; the redaction equals the text with exactly the inserted identifiers
     * replaced, byte for byte.
     */
    @Test
    void redaction_keeps_every_other_character_byte_for_byte() {
        List<String> identifiers = List.of("Anna-Karin", "öhman", "ÅSTRÖM", "070-123 45 67", "+46701234567",
                "751102-2186", "ANNA.KARIN+ERP@EXAMPLE.SE", "Fjällbacka Bygg", "Götgatan 20", "Élise");
        String[] filler = {"å", "ä", "ö", "Å", "é", " ", " ", "\n", "\t", ",", ".", "!", "😀", "👩‍👩‍👧", "שלום",
                "مرحبا", "\u200f", "\u0301", "kr", "x", "Ω", "🇸🇪", "ß", "日本", "(", ")", ":", ";", "\u00a0"};
        for (long seed = 1; seed <= 500; seed++) {
            Random random = new Random(seed);
            StringBuilder text = new StringBuilder();
            StringBuilder expected = new StringBuilder();
            int parts = 1 + random.nextInt(6);
            for (int p = 0; p < parts; p++) {
                String around = filler(random, filler);
                text.append(around);
                expected.append(around);
                String id = identifiers.get(random.nextInt(identifiers.size()));
                text.append(id);
                expected.append(CustomerIdentifiers.PLACEHOLDER);
            }
            String tail = filler(random, filler);
            text.append(tail);
            expected.append(tail);
            assertThat(ANNA.redact(text.toString())).as("seed %d: %s", seed, text).isEqualTo(expected.toString());
        }
    }

    /** Filler that starts and ends with a separator, so that no identifier grows into a longer word. */
    private static String filler(Random random, String[] parts) {
        StringBuilder out = new StringBuilder(" ");
        int n = random.nextInt(8);
        for (int i = 0; i < n; i++) {
            out.append(parts[random.nextInt(parts.length)]);
        }
        return out.append(' ').toString();
    }
}
