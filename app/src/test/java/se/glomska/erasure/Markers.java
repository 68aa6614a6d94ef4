package se.glomska.erasure;

import java.security.SecureRandom;

/** Marker values unique across runs: an upper-case M and seven random letters and digits lead every marker. */
public final class Markers {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    private Markers() {
    }

    public static String next() {
        StringBuilder marker = new StringBuilder("M");
        for (int i = 0; i < 11; i++) {
            marker.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return marker.toString();
    }
}
