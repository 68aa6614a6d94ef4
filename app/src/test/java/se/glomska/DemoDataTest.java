package se.glomska;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data (Liquibase context {@code demo}) holds no identity number that may belong to a real
 * person or company: personal numbers are Skatteverket's published test personal numbers
 * ("testpersonnummer", formally valid and never assigned), organization numbers have a check digit that
 * no real one can have (issue 19, finding 12).
 */
class DemoDataTest {

    /**
     * Test personal numbers from Skatteverket's published list (the open data set "Testpersonnummer"),
     * with their century.
     */
    static final Set<String> SKATTEVERKET_TEST_NUMBERS = Set.of(
            "189002099811", "189103179801", "189506299818", "190006129803", "190108219817", "190704019801",
            "199001012385", "200306062381", "200607092384", "200802122390", "201701012393", "202503082386",
            "202503312387", "202504182391", "202508242381", "202509012387", "202510022383", "202512232386");

    private static final List<String> CHANGELOGS = List.of("db/changelog/customer.sql", "db/changelog/sales.sql",
            "db/changelog/accounting.sql", "db/changelog/crm.sql", "db/changelog/support.sql");

    /** A Swedish identity number as the demo data writes it: {@code YYMMDD-NNNC}. */
    private static final Pattern NUMBER = Pattern.compile("'(\\d{6})-(\\d{4})'");
    /** A demo customer row: its id, kind, identity number (or NULL) and birth date at the end. */
    private static final Pattern PERSON_ROW = Pattern.compile(
            "^\\((\\d+), '\\d+', 'PERSON', .*?, (NULL|'[^']*'), (NULL|'[^']*'), '[A-Z]+', .*, (NULL|'\\d{4}-\\d{2}-\\d{2}')\\),?;?$",
            Pattern.MULTILINE);

    @Test
    void everyPersonalNumberIsAPublishedTestNumberAndEveryOrganizationNumberCannotExist() {
        List<String> wrong = new ArrayList<>();
        int personal = 0;
        int organization = 0;
        for (String changelog : CHANGELOGS) {
            String sql = demoPart(read(changelog));
            Matcher number = NUMBER.matcher(sql);
            while (number.find()) {
                String digits = number.group(1) + number.group(2);
                int month = Integer.parseInt(digits.substring(2, 4));
                boolean isPersonal = month >= 1 && month <= 12; // else no birth date: an organization number
                if (isPersonal) {
                    personal++;
                    if (SKATTEVERKET_TEST_NUMBERS.stream().noneMatch(n -> n.substring(2).equals(digits))) {
                        wrong.add(changelog + ": personal number " + number.group() + " is not a published test number");
                    }
                } else {
                    organization++;
                    if (luhnValid(digits)) {
                        wrong.add(changelog + ": organization number " + number.group() + " has a valid check digit");
                    }
                }
            }
        }
        assertThat(personal).as("personal numbers in the demo data").isPositive();
        assertThat(organization).as("organization numbers in the demo data").isPositive();
        assertThat(wrong).isEmpty();
    }

    @Test
    void eachDemoPersonsBirthDateIsThatOfTheirTestNumber() {
        Matcher row = PERSON_ROW.matcher(demoPart(read("db/changelog/customer.sql")));
        int persons = 0;
        while (row.find()) {
            persons++;
            String number = row.group(2);
            String birth = row.group(4);
            if (!number.equals("NULL")) {
                String digits = number.substring(1, 7) + number.substring(8, 12);
                String full = SKATTEVERKET_TEST_NUMBERS.stream().filter(n -> n.substring(2).equals(digits))
                        .findFirst().orElse(null);
                assertThat(full).as("customer " + row.group(1) + ": " + number + " is a published test number").isNotNull();
                assertThat(birth).as("birth date of customer " + row.group(1))
                        .isEqualTo("'" + full.substring(0, 4) + "-" + full.substring(4, 6) + "-" + full.substring(6, 8) + "'");
            }
        }
        assertThat(persons).as("demo persons").isGreaterThan(10);
    }

    private static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    /** The changesets of context {@code demo} only. */
    private static String demoPart(String sql) {
        StringBuilder demo = new StringBuilder();
        boolean inDemo = false;
        for (String line : sql.split("\n")) {
            if (line.startsWith("--changeset")) {
                inDemo = line.contains("context:demo");
            }
            if (inDemo) {
                demo.append(line).append('\n');
            }
        }
        return demo.toString();
    }

    private static String read(String resource) {
        try (InputStream in = DemoDataTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
