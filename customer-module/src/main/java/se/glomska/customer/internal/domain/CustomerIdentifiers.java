package se.glomska.customer.internal.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What identifies a customer in text a person typed (erasure-rules.md section 9), and the one regular
 * expression that finds it: the same text runs in MariaDB ({@code REGEXP}, PCRE2) to mark kept fields
 * set-based, and in Java to redact one field or to check the database's answer. The rule, also in
 * {@code docs/architecture.md} ("Finding the customer in kept text"):
 * <ul>
 *   <li><b>Person names</b> (first and last name, contact persons, invoice attention): each word of three
 *   letters or more that is not a common word ({@link #COMMON_WORDS}: "per", "berg", particles such as
 *   "van", "der") is an identifier, as a whole word, any case, with or without a genitive {@code s}. A
 *   hyphen joins words into one name ("Anna-Karin" is one word, found also as "Anna Karin"; the customer
 *   "Anna" is not found in "Anna-Karin" or in "Annandag"). When a name has a short or common word, the
 *   whole name is an identifier too ("Bo Ek", "Per Johansson", "van der Berg").</li>
 *   <li><b>Company names</b> (customer, invoice and visit company, branch names): the name without its legal
 *   form (AB, HB, KB, Aktiebolag, Inc, ...) as a whole phrase, words in any spacing ("Fjällbacka Bygg" in
 *   "Fjällbacka Bygg AB"); its single words are not ("Bygg" alone is everywhere). A company name that is
 *   only the person's name adds nothing.</li>
 *   <li><b>Numbers</b> (phone, mobile, fax; organisation or personal number): the digits in any spacing
 *   (spaces, dashes, dots, parentheses, slash between them), a phone with {@code 0}, {@code +46} or
 *   {@code 0046} (also "+46 (0)"), a personal or organisation number with or without century and dash,
 *   never inside a longer number; numbers of fewer than 6 digits are not identifiers (a postal code alone
 *   is not the customer).</li>
 *   <li><b>E-mails</b>, the VAT number: the whole address, any case, with punctuation around it.</li>
 *   <li><b>Address lines</b> (invoice and visit address, branch address): the whole line, words in any
 *   spacing, when it has at least 6 characters and 3 letters.</li>
 * </ul>
 * Redaction replaces each match with {@code Xxxx} and keeps every other character.
 */
public final class CustomerIdentifiers {

    /** What a redacted occurrence becomes. */
    public static final String PLACEHOLDER = "Xxxx";

    /**
     * Words that are no identifiers on their own: too common in Swedish (or English) text, name particles
     * and legal forms. Lower case.
     */
    public static final Set<String> COMMON_WORDS = Set.of(
            // name particles
            "van", "von", "der", "den", "des", "del", "dos", "das", "af", "de", "la", "le", "di", "da", "du",
            // legal forms and common company words
            "ab", "hb", "kb", "ek", "för", "aktiebolag", "aktiebolaget", "handelsbolag", "handelsbolaget",
            "kommanditbolag", "ekonomisk", "förening", "inc", "ltd", "llc", "gmbh", "oy", "as", "aps", "plc",
            "bolag", "bolaget", "group", "gruppen", "holding", "service", "konsult", "bygg", "sverige", "svenska",
            "sweden", "nordic", "och", "and", "the",
            // first names and surnames that are everyday words
            "per", "bo", "stig", "sten", "rut", "maj", "berg", "lund", "holm", "dahl", "dal", "vik", "strand",
            "ström", "sjö", "skog", "björk", "gran", "ros", "hav", "land", "bro", "kvist", "nord", "syd", "mars",
            "april", "juni", "vera", "ring", "kund", "mat");

    private static final Set<String> LEGAL_FORMS = Set.of("ab", "hb", "kb", "aktiebolag", "aktiebolaget",
            "handelsbolag", "handelsbolaget", "kommanditbolag", "inc", "ltd", "llc", "gmbh", "oy", "as", "aps",
            "plc", "publ", "ek", "för");

    private static final String LETTER_OR_DIGIT = "\\p{L}\\p{N}";
    private static final String DIGIT_GAP = "[\\s().\\/-]{0,3}";
    private static final int MIN_NAME_LETTERS = 3;
    private static final int MIN_NUMBER_DIGITS = 6;

    private final Set<String> names = new LinkedHashSet<>();
    private final Set<String> phrases = new LinkedHashSet<>();
    /** Swedish phone numbers without the leading 0 or country code. */
    private final Set<String> phones = new LinkedHashSet<>();
    /** Other numbers, as atoms (digits and the separators allowed between them). */
    private final Set<List<String>> numbers = new LinkedHashSet<>();
    private final Set<String> literals = new LinkedHashSet<>();
    private final String regex;
    /** Compiled when first used in Java: the database's searches need the text of the expression only. */
    private Pattern pattern;

    private CustomerIdentifiers(Builder b) {
        b.personNames.forEach(this::addPersonName);
        b.companyNames.forEach(this::addCompanyName);
        b.addressLines.forEach(this::addAddressLine);
        b.phones.forEach(this::addPhone);
        b.registrationNumbers.forEach(this::addRegistrationNumber);
        b.literals.forEach(this::addLiteral);
        this.regex = build();
    }

    /** Collects a customer's identifiers; nulls and blanks are ignored. */
    public static Builder builder() {
        return new Builder();
    }

    /** The identifiers of a customer as the register holds them now (card and branches). */
    public static CustomerIdentifiers of(CustomerDetails d, Collection<Branch> branches) {
        Builder b = builder();
        b.person(d.firstName(), d.lastName());
        if (d.kind() == Kind.COMPANY) {
            b.company(d.name());
        } else {
            b.person(d.name());
        }
        b.company(d.invoiceAddress().companyName()).company(d.visitAddress().companyName())
                .person(d.invoiceAddress().attention())
                .address(d.invoiceAddress().line1(), d.invoiceAddress().line2(), d.invoiceAddress().line3(),
                        d.visitAddress().line1(), d.visitAddress().line2(), d.visitAddress().line3())
                .person(d.contact().contactPerson())
                .phone(d.contact().phone(), d.contact().mobile(), d.contact().fax())
                .literal(d.contact().email(), d.vatNumber())
                .registrationNumber(d.organizationNumber());
        for (Branch branch : branches) {
            b.company(branch.name()).person(branch.contactPerson()).address(branch.line1(), branch.line2())
                    .phone(branch.phone()).literal(branch.email());
        }
        return b.build();
    }

    /**
     * The regular expression (PCRE2 and {@link java.util.regex} alike, to be used case-insensitively), or
     * empty when the customer has no identifier left (then nothing mentions it).
     */
    public Optional<String> regex() {
        return Optional.ofNullable(regex);
    }

    /** The same expression for MariaDB: case-insensitive whatever the column's collation. */
    public Optional<String> sqlRegex() {
        return regex().map(r -> "(?i)" + r);
    }

    private synchronized Pattern pattern() {
        if (pattern == null && regex != null) {
            pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
        return pattern;
    }

    /** Whether {@code text} contains one of the identifiers. */
    public boolean mentionedIn(String text) {
        Pattern compiled = pattern();
        return compiled != null && text != null && compiled.matcher(text).find();
    }

    /** {@code text} with each occurrence of an identifier replaced by {@link #PLACEHOLDER}, the rest as it was. */
    public String redact(String text) {
        Pattern compiled = pattern();
        if (compiled == null || text == null) {
            return text;
        }
        return compiled.matcher(text).replaceAll(Matcher.quoteReplacement(PLACEHOLDER));
    }

    private void addPersonName(String name) {
        List<String> words = words(name);
        if (words.isEmpty()) {
            return;
        }
        boolean weak = false;
        for (String word : words) {
            if (strong(word)) {
                names.add(word);
            } else {
                weak = true;
            }
        }
        if (weak && words.size() > 1 && letters(name) >= MIN_NAME_LETTERS + 1) {
            phrases.add(String.join(" ", words));
        }
    }

    private void addCompanyName(String name) {
        List<String> words = new ArrayList<>(words(name));
        while (!words.isEmpty() && LEGAL_FORMS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            words.remove(words.size() - 1);
        }
        while (!words.isEmpty() && LEGAL_FORMS.contains(words.get(0).toLowerCase(Locale.ROOT))) {
            words.remove(0);
        }
        if (words.isEmpty()) {
            return;
        }
        String phrase = String.join(" ", words);
        if (letters(phrase) < MIN_NAME_LETTERS) {
            return;
        }
        if (words.size() == 1 && !strong(words.get(0))) {
            return;
        }
        boolean onlyNames = words.stream().allMatch(w -> names.contains(w) || !strong(w) && words.size() > 1)
                && words.stream().anyMatch(names::contains);
        if (!onlyNames) {
            phrases.add(phrase);
        }
    }

    private void addAddressLine(String line) {
        if (line == null) {
            return;
        }
        String trimmed = line.strip();
        if (trimmed.length() >= 6 && letters(trimmed) >= MIN_NAME_LETTERS) {
            phrases.add(String.join(" ", trimmed.split("\\s+")));
        }
    }

    private void addPhone(String phone) {
        if (phone == null) {
            return;
        }
        String t = phone.strip();
        String digits = t.replaceAll("[^0-9]", "");
        boolean international = t.startsWith("+") || digits.startsWith("00");
        if (digits.startsWith("00")) {
            digits = digits.substring(2);
        }
        String national;
        if (international && digits.startsWith("46")) {
            national = digits.substring(2);
        } else if (international) {
            if (digits.length() >= MIN_NUMBER_DIGITS) {
                List<String> atoms = new ArrayList<>(List.of("(?:\\+|00)\\s?"));
                atoms.addAll(spaced(digits));
                numbers.add(atoms);
            }
            return;
        } else {
            national = digits.startsWith("0") ? digits.substring(1) : digits;
        }
        if (national.startsWith("0")) {
            national = national.substring(1);
        }
        if (national.length() + 1 >= MIN_NUMBER_DIGITS) {
            phones.add(national);
        }
    }

    private void addRegistrationNumber(String number) {
        if (number == null) {
            return;
        }
        String digits = number.replaceAll("[^0-9]", "");
        if (digits.length() == 12) {
            digits = digits.substring(2);
        }
        if (digits.length() == 10) {
            List<String> atoms = new ArrayList<>(List.of("(?:1[6-9]|20)?"));
            digits.substring(0, 6).chars().forEach(d -> atoms.add(String.valueOf((char) d)));
            atoms.add("[\\s+-]?");
            digits.substring(6).chars().forEach(d -> atoms.add(String.valueOf((char) d)));
            numbers.add(atoms);
        } else if (digits.length() >= MIN_NUMBER_DIGITS) {
            numbers.add(spaced(digits));
        }
    }

    private void addLiteral(String literal) {
        if (literal != null && literal.strip().length() >= 5) {
            literals.add(literal.strip());
        }
    }

    /**
     * The expression, each list of identifiers as a trie (common beginnings shared, e.g. the 50 e-mails of a
     * customer's branches that differ only in their last characters): a regular-expression engine tries the
     * alternatives of an alternation one after the other at every position, so a flat list of hundreds of
     * identifiers costs hundreds of attempts per character, a trie a few. Each part starts with a cheap
     * look-behind so that positions inside a word or a number are left at once.
     */
    private String build() {
        List<String> alternatives = new ArrayList<>();
        // A whole e-mail first, so that it becomes one Xxxx rather than its name part alone.
        if (!literals.isEmpty()) {
            Trie trie = new Trie();
            literals.forEach(l -> trie.add(literalAtoms(l)));
            alternatives.add("(?<![" + LETTER_OR_DIGIT + "._%+-])" + trie.regex() + "(?![" + LETTER_OR_DIGIT
                    + "_@-]|\\.[" + LETTER_OR_DIGIT + "])");
        }
        if (!phones.isEmpty() || !numbers.isEmpty()) {
            List<String> parts = new ArrayList<>();
            if (!phones.isEmpty()) {
                Trie national = new Trie();
                phones.forEach(n -> national.add(spaced(n)));
                parts.add("(?:(?:\\+|00)\\s?46\\s?(?:\\(0\\)\\s?)?|0)" + national.regex());
            }
            if (!numbers.isEmpty()) {
                Trie other = new Trie();
                numbers.forEach(other::add);
                parts.add(other.regex());
            }
            alternatives.add("(?<![0-9])(?:" + String.join("|", parts) + ")(?![0-9])");
        }
        if (!phrases.isEmpty() || !names.isEmpty()) {
            Trie words = new Trie();
            phrases.forEach(p -> words.add(phraseAtoms(p)));
            names.forEach(n -> words.add(phraseAtoms(n)));
            alternatives.add("(?<![" + LETTER_OR_DIGIT + "-])" + words.regex() + "(?::?s)?(?!["
                    + LETTER_OR_DIGIT + "-])");
        }
        return alternatives.isEmpty() ? null : String.join("|", alternatives);
    }

    /** Alternatives sharing their beginnings; each alternative a list of atoms (a character or a separator). */
    private static final class Trie {
        private final java.util.Map<String, Trie> children = new java.util.LinkedHashMap<>();
        private boolean end;

        void add(List<String> atoms) {
            Trie node = this;
            for (String atom : atoms) {
                node = node.children.computeIfAbsent(atom, a -> new Trie());
            }
            node.end = true;
        }

        /** A non-capturing group that matches the longest alternative it can, then shorter ones. */
        String regex() {
            List<String> branches = new ArrayList<>();
            children.forEach((atom, child) -> branches.add(atom + child.rest()));
            return "(?:" + String.join("|", branches) + ")";
        }

        private String rest() {
            if (children.isEmpty()) {
                return "";
            }
            if (children.size() == 1 && !end) {
                var only = children.entrySet().iterator().next();
                return only.getKey() + only.getValue().rest();
            }
            return regex() + (end ? "?" : "");
        }
    }

    private static boolean strong(String word) {
        return letters(word) >= MIN_NAME_LETTERS && !COMMON_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (String w : text.strip().split("\\s+")) {
            // Punctuation around a word ("Andersson," or "(Anna)") is not part of the name.
            String word = w.replaceAll("^[^" + LETTER_OR_DIGIT + "]+|[^" + LETTER_OR_DIGIT + "]+$", "");
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static int letters(String text) {
        return (int) text.codePoints().filter(Character::isLetter).count();
    }

    /** Words in any spacing; a hyphen joins words but may also be typed as a space. */
    private static List<String> phraseAtoms(String text) {
        List<String> atoms = new ArrayList<>();
        String[] words = text.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                atoms.add("\\s+");
            }
            String[] parts = words[i].split("-", -1);
            for (int j = 0; j < parts.length; j++) {
                if (j > 0) {
                    atoms.add("(?:\\s*-\\s*|\\s+)");
                }
                atoms.addAll(literalAtoms(parts[j]));
            }
        }
        return atoms;
    }

    /**
     * Each character as itself: letters (in lower case: the expression is case-insensitive) and digits plain,
     * white space as any white space, anything else escaped by its code point.
     */
    private static List<String> literalAtoms(String text) {
        List<String> atoms = new ArrayList<>();
        text.codePoints().forEach(cp -> {
            if (Character.isLetter(cp)) {
                atoms.add(new String(Character.toChars(Character.toLowerCase(cp))));
            } else if (Character.isDigit(cp)) {
                atoms.add(new String(Character.toChars(cp)));
            } else if (Character.isWhitespace(cp)) {
                atoms.add("\\s+");
            } else {
                atoms.add("\\x{" + Integer.toHexString(cp) + "}");
            }
        });
        return atoms;
    }

    /** Digits with any of the usual separators between them. */
    private static List<String> spaced(String digits) {
        List<String> atoms = new ArrayList<>();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0) {
                atoms.add(DIGIT_GAP);
            }
            atoms.add(String.valueOf(digits.charAt(i)));
        }
        return atoms;
    }

    /** A customer's identifiers as they are collected. */
    public static final class Builder {
        private final List<String> personNames = new ArrayList<>();
        private final List<String> companyNames = new ArrayList<>();
        private final List<String> addressLines = new ArrayList<>();
        private final List<String> phones = new ArrayList<>();
        private final List<String> registrationNumbers = new ArrayList<>();
        private final List<String> literals = new ArrayList<>();

        private Builder() {
        }

        /**
         * A person's name, given whole or in parts (first name, last name): the parts together are one name,
         * and each part is one too ("van der Berg" is found without "Jan").
         */
        public Builder person(String... parts) {
            List<String> present = java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList();
            if (!present.isEmpty()) {
                personNames.add(String.join(" ", present));
            }
            if (present.size() > 1) {
                personNames.addAll(present);
            }
            return this;
        }

        public Builder company(String name) {
            if (name != null && !name.isBlank()) {
                companyNames.add(name);
            }
            return this;
        }

        public Builder address(String... lines) {
            addressLines.addAll(java.util.Arrays.stream(lines).filter(l -> l != null && !l.isBlank()).toList());
            return this;
        }

        public Builder phone(String... numbers) {
            phones.addAll(java.util.Arrays.stream(numbers).filter(n -> n != null && !n.isBlank()).toList());
            return this;
        }

        /** An organisation or personal number. */
        public Builder registrationNumber(String number) {
            if (number != null && !number.isBlank()) {
                registrationNumbers.add(number);
            }
            return this;
        }

        /** An e-mail address or another identifier found as it is written (VAT number). */
        public Builder literal(String... values) {
            literals.addAll(java.util.Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList());
            return this;
        }

        public CustomerIdentifiers build() {
            return new CustomerIdentifiers(this);
        }
    }
}
