package se.glomska.accounting;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.Source;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The string literals of a compiled class, read from its constant pool (the {@code CONSTANT_String}
 * entries): every SQL text a class can hand to JDBC, including text blocks, constants folded in by the
 * compiler and the recipes of string concatenations. ArchUnit does not expose them, so the bytes the
 * class was imported from are read again.
 */
final class ClassFileLiterals {

    private ClassFileLiterals() {
    }

    static List<String> of(JavaClass javaClass) {
        Source source = javaClass.getSource()
                .orElseThrow(() -> new IllegalStateException("no class file for " + javaClass.getName()));
        try (InputStream in = source.getUri().toURL().openStream()) {
            return of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source.getUri(), e);
        }
    }

    static List<String> of(byte[] classFile) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
            if (in.readInt() != 0xCAFEBABE) {
                throw new IllegalArgumentException("not a class file");
            }
            in.readUnsignedShort(); // minor version
            in.readUnsignedShort(); // major version
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            List<Integer> stringRefs = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF(); // CONSTANT_Utf8 (modified UTF-8, length-prefixed)
                    case 8 -> stringRefs.add(in.readUnsignedShort()); // CONSTANT_String -> Utf8 index
                    case 7, 16, 19, 20 -> in.skipBytes(2); // Class, MethodType, Module, Package
                    case 15 -> in.skipBytes(3); // MethodHandle
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4); // Integer, Float, refs, NameAndType, (Invoke)Dynamic
                    case 5, 6 -> { // Long, Double take two slots
                        in.skipBytes(8);
                        i++;
                    }
                    default -> throw new IllegalArgumentException("unknown constant pool tag " + tag + " at " + i);
                }
            }
            return stringRefs.stream().map(ref -> utf8[ref]).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
