package se.glomska.sales;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

class ScratchReproTest extends SalesApiSupport {
    @Test
    void repro() {
        long customerId = customer(unique("R"));
        long orderId = created("/api/dropship-orders", dropshipOrder(customerId, unique("DS")), "/api/dropship-orders");
        for (String v : new String[]{"2025-02-03T09:00:00Z", "2025-03-04T09:30:15.123456Z", "2025-02-03T09:00:00.000Z"}) {
            long purchaseId = created("/api/dropship-orders/" + orderId + "/purchases", purchase(unique("P")), "/api/dropship-purchases");
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("receivedAt", v);
            b.put("country", "DK");
            b.put("terms", "x");
            b.put("internalComment", "y");
            System.out.println("REPRO " + v + " -> " + api().post("/api/dropship-purchases/" + purchaseId + "/inbound-deliveries", b));
        }
    }
}
