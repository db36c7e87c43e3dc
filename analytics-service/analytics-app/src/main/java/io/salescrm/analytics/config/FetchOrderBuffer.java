package io.salescrm.analytics.config;

import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.Buffer;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaEventMessage;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A bounded buffer of fetched Kafka records that hands them out in the order they were fetched, unlike the extension's
 * default {@code SortedKafkaMessageBuffer}, which reorders by record timestamp across partitions.
 * <p>
 * Why it matters: each message carries the token the extension built while converting the fetched records, i.e. the
 * positions of every record fetched up to and including it. Handed out in fetch order, the token of the last handled
 * message therefore covers exactly what has been handled. Reordered by timestamp, a message fetched early can be
 * handled last, and its token misses partitions fetched after it (the processor then reports them at 0 although
 * they are done) or, the other way round, names records still waiting in the buffer as done (a restart from such a
 * stored token would skip them). Order within a partition is the same either way; analytics' projections do not
 * depend on the order across partitions or topics.
 * <p>
 * Like the extension's buffer, a fetch error set with {@link #setException} surfaces once the buffer is empty.
 */
final class FetchOrderBuffer implements Buffer<KafkaEventMessage> {

    private final ArrayDeque<KafkaEventMessage> messages = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Condition notFull = lock.newCondition();
    private final AtomicReference<RuntimeException> fetchError = new AtomicReference<>();
    private final int capacity;

    FetchOrderBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("buffer capacity must be positive, was " + capacity);
        }
        this.capacity = capacity;
    }

    @Override
    public void put(KafkaEventMessage message) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            append(message);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void putAll(Collection<KafkaEventMessage> fetched) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            for (KafkaEventMessage message : fetched) {
                append(message);
            }
        } finally {
            lock.unlock();
        }
    }

    private void append(KafkaEventMessage message) throws InterruptedException {
        while (messages.size() == capacity) {
            notFull.await();
        }
        messages.addLast(message);
        notEmpty.signal();
    }

    @Override
    public KafkaEventMessage poll(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            while (messages.isEmpty()) {
                throwFetchError();
                if (nanos <= 0) {
                    return null;
                }
                nanos = notEmpty.awaitNanos(nanos);
            }
            return removeFirst();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public KafkaEventMessage take() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (messages.isEmpty()) {
                throwFetchError();
                notEmpty.await();
            }
            return removeFirst();
        } finally {
            lock.unlock();
        }
    }

    private KafkaEventMessage removeFirst() {
        KafkaEventMessage first = messages.removeFirst();
        notFull.signal();
        return first;
    }

    @Override
    public KafkaEventMessage peek() {
        lock.lock();
        try {
            if (messages.isEmpty()) {
                throwFetchError();
            }
            return messages.peekFirst();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int size() {
        lock.lock();
        try {
            return messages.size();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean isEmpty() {
        return size() == 0;
    }

    @Override
    public int remainingCapacity() {
        return capacity - size();
    }

    @Override
    public void clear() {
        lock.lock();
        try {
            messages.clear();
            notFull.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void setException(RuntimeException exception) {
        fetchError.set(exception);
        lock.lock();
        try {
            notEmpty.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void throwFetchError() {
        RuntimeException error = fetchError.get();
        if (error != null) {
            throw error;
        }
    }
}
