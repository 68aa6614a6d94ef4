package se.glomska.reliability;

import se.glomska.reliability.JsonBodies.Raw;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static se.glomska.reliability.JsonBodies.REMOVE;

/**
 * One field of a request body as the contract defines it (type, column length, required or not), and
 * the wrong values that every field of that type is tried with. Each {@link Mutation} names the status
 * and the {@code errors[].field} the answer must carry.
 */
record FieldSpec(String path, Type type, int max, boolean required, int negativeIdStatus, int unknownIdStatus,
                 List<String> values) {

    enum Type {
        /** Free text, {@code @Size(max)}; required means {@code @NotBlank}. */
        TEXT,
        /** {@code @Email @Size(max)}. */
        EMAIL,
        /** ISO 3166-1 alpha-2, {@code @Pattern("[A-Z]{2}")}. */
        COUNTRY,
        ENUM,
        DATE,
        /** A date that may not lie in the future ({@code @PastOrPresent}). */
        PAST_DATE,
        INSTANT,
        /** Money, {@code @PositiveOrZero @Digits(integer = 17, fraction = 2)}. */
        AMOUNT,
        /** Money, {@code @Positive @Digits(integer = 17, fraction = 2)}. */
        POSITIVE_AMOUNT,
        /** {@code @Positive @Digits(integer = 16, fraction = 3)}. */
        QUANTITY,
        /** The id of another record. */
        REFERENCE,
        BOOLEAN,
        BASE64,
        LATITUDE,
        LONGITUDE,
        /** A nested object (an address, billTo, contact). */
        OBJECT,
        /** A list of {@code Line}s of at most {@code max}. */
        LINES
    }

    /** A wrong value for the field and what the server must answer. */
    record Mutation(String name, Object value, int status, String field) {
    }

    static FieldSpec text(String path, int max) {
        return new FieldSpec(path, Type.TEXT, max, false, 0, 0, List.of());
    }

    static FieldSpec requiredText(String path, int max) {
        return new FieldSpec(path, Type.TEXT, max, true, 0, 0, List.of());
    }

    static FieldSpec email(String path, int max) {
        return new FieldSpec(path, Type.EMAIL, max, false, 0, 0, List.of());
    }

    static FieldSpec country(String path) {
        return new FieldSpec(path, Type.COUNTRY, 2, false, 0, 0, List.of());
    }

    static FieldSpec enumeration(String path, boolean required, String... values) {
        return new FieldSpec(path, Type.ENUM, 0, required, 0, 0, List.of(values));
    }

    static FieldSpec date(String path, boolean required) {
        return new FieldSpec(path, Type.DATE, 0, required, 0, 0, List.of());
    }

    static FieldSpec pastDate(String path, boolean required) {
        return new FieldSpec(path, Type.PAST_DATE, 0, required, 0, 0, List.of());
    }

    static FieldSpec instant(String path, boolean required) {
        return new FieldSpec(path, Type.INSTANT, 0, required, 0, 0, List.of());
    }

    static FieldSpec amount(String path, boolean required) {
        return new FieldSpec(path, Type.AMOUNT, 0, required, 0, 0, List.of());
    }

    static FieldSpec positiveAmount(String path) {
        return new FieldSpec(path, Type.POSITIVE_AMOUNT, 0, true, 0, 0, List.of());
    }

    static FieldSpec quantity(String path) {
        return new FieldSpec(path, Type.QUANTITY, 0, true, 0, 0, List.of());
    }

    /** A reference to another record: unknown ids answer 404, negative ones {@code negativeIdStatus}. */
    static FieldSpec reference(String path, boolean required, int negativeIdStatus) {
        return new FieldSpec(path, Type.REFERENCE, 0, required, negativeIdStatus, 404, List.of());
    }

    /**
     * A reference the server stores without looking it up (the mail history's document id: the mail
     * was sent, whatever became of the document), so unknown ids are not wrong.
     */
    static FieldSpec uncheckedReference(String path) {
        return new FieldSpec(path, Type.REFERENCE, 0, true, 400, 0, List.of());
    }

    static FieldSpec bool(String path) {
        return new FieldSpec(path, Type.BOOLEAN, 0, false, 0, 0, List.of());
    }

    static FieldSpec base64(String path, boolean required) {
        return new FieldSpec(path, Type.BASE64, 0, required, 0, 0, List.of());
    }

    static FieldSpec latitude(String path) {
        return new FieldSpec(path, Type.LATITUDE, 0, false, 0, 0, List.of());
    }

    static FieldSpec longitude(String path) {
        return new FieldSpec(path, Type.LONGITUDE, 0, false, 0, 0, List.of());
    }

    static FieldSpec object(String path, boolean required) {
        return new FieldSpec(path, Type.OBJECT, 0, required, 0, 0, List.of());
    }

    static FieldSpec lines(String path, int max) {
        return new FieldSpec(path, Type.LINES, max, true, 0, 0, List.of());
    }

    boolean isText() {
        return type == Type.TEXT || type == Type.EMAIL;
    }

    /** Every wrong value this field is tried with. */
    List<Mutation> mutations(Map<String, Object> validLine) {
        List<Mutation> m = new ArrayList<>();
        Map<String, Object> wrongObject = JsonBodies.map("wrong", "type");
        switch (type) {
            case TEXT, EMAIL -> {
                m.add(bad("longer than its column (" + max + ")", "x".repeat(max + 1)));
                m.add(bad("an object instead of text", wrongObject));
                if (required) {
                    m.add(bad("blank", "   "));
                }
                if (type == Type.EMAIL) {
                    m.add(bad("not an e-mail address", "not-an-e-mail"));
                    m.add(bad("an e-mail address with two @", "a@b@example.se"));
                }
            }
            case COUNTRY -> {
                m.add(bad("lower case", "se"));
                m.add(bad("three letters", "SWE"));
                m.add(bad("non-ASCII letters", "ÅÄ"));
                m.add(bad("a digit", "S1"));
                m.add(bad("empty", ""));
                m.add(bad("an object instead of a code", wrongObject));
            }
            case ENUM -> {
                m.add(bad("an unknown value", "NO_SUCH_VALUE"));
                m.add(bad("lower case", values.get(0).toLowerCase(Locale.ROOT)));
                m.add(bad("an SQL fragment", values.get(0) + "' OR '1'='1"));
                m.add(bad("an object instead of a value", wrongObject));
            }
            case DATE, PAST_DATE -> {
                m.add(bad("30 February", "2025-02-30"));
                m.add(bad("month 13", "2025-13-01"));
                m.add(bad("a local format", "01/02/2025"));
                m.add(bad("a word", "yesterday"));
                m.add(bad("a time stamp", "2025-03-01T10:15:30Z"));
                m.add(bad("an object instead of a date", wrongObject));
                if (type == Type.PAST_DATE) {
                    m.add(bad("in the future", "2999-01-01"));
                }
            }
            case INSTANT -> {
                m.add(bad("hour 25", "2025-03-01T25:00:00Z"));
                m.add(bad("30 February", "2025-02-30T10:00:00Z"));
                m.add(bad("a word", "now"));
                m.add(bad("an object instead of a time", wrongObject));
            }
            case AMOUNT, POSITIVE_AMOUNT -> {
                m.add(bad("negative", new BigDecimal("-1.00")));
                m.add(bad("a negative öre", new BigDecimal("-0.01")));
                m.add(bad("three decimals", new BigDecimal("10.005")));
                m.add(bad("18 integer digits", new Raw("100000000000000000")));
                m.add(bad("1e400", new Raw("1e400")));
                m.add(new Mutation("a 1200-digit number", new Raw("9".repeat(1200)), 400, "~" + path));
                m.add(bad("a word", "ten"));
                m.add(bad("an object instead of an amount", wrongObject));
                if (type == Type.POSITIVE_AMOUNT) {
                    m.add(bad("zero", BigDecimal.ZERO));
                }
            }
            case QUANTITY -> {
                m.add(bad("zero", BigDecimal.ZERO));
                m.add(bad("negative", new BigDecimal("-2")));
                m.add(bad("four decimals", new BigDecimal("1.0005")));
                m.add(bad("17 integer digits", new Raw("10000000000000000")));
                m.add(bad("a word", "two"));
            }
            case REFERENCE -> {
                m.add(bad("not a number", "abc"));
                m.add(bad("an SQL fragment", "1 OR 1=1"));
                m.add(bad("larger than a long", new Raw("99999999999999999999")));
                m.add(bad("an object instead of an id", wrongObject));
                if (unknownIdStatus != 0) {
                    m.add(new Mutation("an unknown id", Long.MAX_VALUE, unknownIdStatus, null));
                }
                m.add(new Mutation("a negative id", -1, negativeIdStatus, negativeIdStatus == 400 ? path : null));
            }
            case BOOLEAN -> {
                m.add(bad("a word", "maybe"));
                m.add(bad("an object instead of a boolean", wrongObject));
            }
            case BASE64 -> {
                m.add(bad("not Base64", "%%% not base64 %%%"));
                m.add(bad("an object instead of Base64", wrongObject));
            }
            case LATITUDE, LONGITUDE -> {
                int limit = type == Type.LATITUDE ? 90 : 180;
                m.add(bad("beyond " + limit, new BigDecimal(limit + ".5")));
                m.add(bad("beyond -" + limit, new BigDecimal("-" + (limit + 1))));
                m.add(bad("seven decimals", new BigDecimal("12.1234567")));
                m.add(bad("a word", "north"));
            }
            case OBJECT -> {
                m.add(bad("text instead of an object", "text"));
                m.add(bad("an array instead of an object", List.of()));
                m.add(bad("a number instead of an object", 42));
                m.add(new Mutation("an unknown field inside", new UnknownInside(), 400, path + ".unknownField"));
            }
            case LINES -> {
                m.add(bad("empty", List.of()));
                m.add(bad("text instead of a list", "lines"));
                m.add(bad("an object instead of a list", validLine));
                m.add(new Mutation("a null line", Collections.singletonList(null), 400, path + "[0]"));
                m.add(bad((max + 1) + " lines", Collections.nCopies(max + 1, validLine)));
                Map<String, Object> unknown = JsonBodies.with(validLine, "colour", "red");
                m.add(new Mutation("a line with an unknown field", List.of(unknown), 400, path + "[0].colour"));
            }
        }
        if (required) {
            m.add(bad("missing", REMOVE));
            m.add(bad("null", null));
        }
        return m;
    }

    /** Marker value: the object at the path gets an extra, unknown field. */
    record UnknownInside() {
    }

    private Mutation bad(String name, Object value) {
        return new Mutation(name, value, 400, path);
    }
}
