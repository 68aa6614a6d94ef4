package se.glomska.events;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.glomska.customer.CustomerErased;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An in-process module that keeps a copy of customer data, as a test stands in for it: it listens to the customer
 * module's {@link CustomerErased} and {@link se.glomska.customer.CustomersErased} (a retention batch) as any module would (through the event publication registry) and records what it
 * received. Found by the application's component scan in the test run only.
 */
@Component
public class CustomerErasedRecorder {

    private final List<CustomerErased> received = new CopyOnWriteArrayList<>();

    @ApplicationModuleListener
    public void on(CustomerErased event) {
        received.add(event);
    }

    /** A retention batch's erasures, published together. */
    @ApplicationModuleListener
    public void on(se.glomska.customer.CustomersErased event) {
        received.addAll(event.erasures());
    }

    public List<CustomerErased> of(long customerId) {
        return received.stream().filter(e -> e.customerId() == customerId).toList();
    }
}
