package se.glomska.reliability;

import tools.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Request bodies as nested maps and lists, changed at a path such as {@code invoiceAddress.city} or
 * {@code lines[0].quantity}. A {@link Raw} value is written into the JSON text as it is, for numbers
 * that Java cannot hold (1e400, twenty nines) and for invalid JSON fragments.
 */
final class JsonBodies {

    /** Removes the field instead of setting it. */
    static final Object REMOVE = new Object() {
        @Override
        public String toString() {
            return "<removed>";
        }
    };

    /** JSON text put into the body verbatim. */
    record Raw(String json) {
        @Override
        public String toString() {
            return json.length() > 40 ? json.substring(0, 40) + "…(" + json.length() + " chars)" : json;
        }
    }

    private static final Pattern STEP = Pattern.compile("([^.\\[]+)(?:\\[(\\d+)])?");

    private JsonBodies() {
    }

    static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    /** A deep copy of a body, so that each mutation starts from the valid base. */
    @SuppressWarnings("unchecked")
    static Object copy(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> copy = new LinkedHashMap<>();
            m.forEach((k, v) -> copy.put((String) k, copy(v)));
            return copy;
        }
        if (value instanceof List<?> l) {
            List<Object> copy = new ArrayList<>();
            l.forEach(v -> copy.add(copy(v)));
            return copy;
        }
        return value;
    }

    /** A copy of {@code body} with the value at {@code path} replaced (or removed with {@link #REMOVE}). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> with(Map<String, Object> body, String path, Object value) {
        Map<String, Object> root = (Map<String, Object>) copy(body);
        String[] steps = path.split("\\.");
        Object current = root;
        for (int i = 0; i < steps.length; i++) {
            Matcher step = STEP.matcher(steps[i]);
            if (!step.matches()) {
                throw new IllegalArgumentException(path);
            }
            Map<String, Object> holder = (Map<String, Object>) current;
            String key = step.group(1);
            boolean last = i == steps.length - 1;
            if (step.group(2) != null) {
                List<Object> list = (List<Object>) holder.get(key);
                int index = Integer.parseInt(step.group(2));
                if (last) {
                    if (value == REMOVE) {
                        list.remove(index);
                    } else {
                        list.set(index, value);
                    }
                    return root;
                }
                current = list.get(index);
            } else if (last) {
                if (value == REMOVE) {
                    holder.remove(key);
                } else {
                    holder.put(key, value);
                }
                return root;
            } else {
                current = holder.computeIfAbsent(key, k -> new LinkedHashMap<>());
            }
        }
        return root;
    }

    /** The value at {@code path}, or null. */
    @SuppressWarnings("unchecked")
    static Object get(Map<String, Object> body, String path) {
        Object current = body;
        for (String s : path.split("\\.")) {
            Matcher step = STEP.matcher(s);
            if (!step.matches() || !(current instanceof Map<?, ?> holder)) {
                return null;
            }
            current = holder.get(step.group(1));
            if (step.group(2) != null) {
                current = current instanceof List<?> list ? list.get(Integer.parseInt(step.group(2))) : null;
            }
        }
        return current;
    }

    /** The JSON text of a body, with {@link Raw} values spliced in verbatim. */
    static String json(ObjectMapper mapper, Object body) {
        List<String> raws = new ArrayList<>();
        Object prepared = replaceRaw(body, raws);
        String text = mapper.writeValueAsString(prepared);
        for (int i = 0; i < raws.size(); i++) {
            text = text.replace("\"\\u0000raw" + i + "\\u0000\"", raws.get(i));
        }
        return text;
    }

    private static Object replaceRaw(Object value, List<String> raws) {
        if (value instanceof Raw raw) {
            raws.add(raw.json());
            return "\u0000raw" + (raws.size() - 1) + "\u0000";
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> copy = new LinkedHashMap<>();
            m.forEach((k, v) -> copy.put((String) k, replaceRaw(v, raws)));
            return copy;
        }
        if (value instanceof List<?> l) {
            List<Object> copy = new ArrayList<>();
            l.forEach(v -> copy.add(replaceRaw(v, raws)));
            return copy;
        }
        return value;
    }
}
