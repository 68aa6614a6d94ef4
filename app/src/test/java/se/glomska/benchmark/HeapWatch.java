package se.glomska.benchmark;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches the heap of this JVM (the application and the benchmark share it) while a case runs:
 * the peak of the heap in use, sampled every millisecond (live objects and garbage not yet
 * collected), the peak of what stayed in use after a garbage collection (the live objects, and
 * garbage of the old generation that a young collection leaves), and the bytes the measuring
 * thread allocated (the application service runs on it). Both peaks start from the heap in use
 * right after a full collection at the start.
 */
final class HeapWatch implements AutoCloseable {

    record Peak(long usedBytes, long liveAfterGcBytes, long allocatedBytes, int collections) {
    }

    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakLive = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final Thread sampler;
    private final NotificationListener listener;
    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final long allocatedBefore;
    private final long threadId = Thread.currentThread().getId();
    private volatile boolean running = true;

    private HeapWatch() {
        listener = (notification, handback) -> {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long before = info.getGcInfo().getMemoryUsageBeforeGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
            long after = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
            peakUsed.accumulateAndGet(before, Math::max);
            peakLive.accumulateAndGet(after, Math::max);
            collections.incrementAndGet();
        };
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
        }
        sampler = new Thread(() -> {
            while (running) {
                peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-watch");
        sampler.setDaemon(true);
        long baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        peakUsed.set(baseline);
        peakLive.set(baseline);
        allocatedBefore = threads.getThreadAllocatedBytes(threadId);
        sampler.start();
    }

    /** Starts watching after a full collection, so that the case starts from the live heap. */
    static HeapWatch start() {
        System.gc();
        return new HeapWatch();
    }

    Peak peak() {
        return new Peak(peakUsed.get(), peakLive.get(), threads.getThreadAllocatedBytes(threadId) - allocatedBefore,
                (int) collections.get());
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            try {
                ((NotificationEmitter) gc).removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // already gone
            }
        }
    }
}
