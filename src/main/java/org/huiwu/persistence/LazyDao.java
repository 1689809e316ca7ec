package org.huiwu.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import org.jdbi.v3.core.Jdbi;

/**
 * A SqlObject DAO that Jdbi attaches on its first call rather than when the composition root is built:
 * attaching reads every method's annotations and builds its handlers (about 760 Jdbi classes for the app's
 * DAOs), which decision 0023 measured as a large part of the start before the window. Every later call
 * goes to the same on-demand DAO. Thread-safe: the first callers (a call, or {@link Database#attachInBackground})
 * are serialised; the second finds the DAO attached.
 */
final class LazyDao<T> implements InvocationHandler {

    private final Jdbi jdbi;
    private final Class<T> type;
    private volatile T attached;

    private LazyDao(Jdbi jdbi, Class<T> type) {
        this.jdbi = jdbi;
        this.type = type;
    }

    /** A DAO of {@code type} whose first call attaches it to {@code jdbi} on demand; {@code made} is told its handler. */
    static <T> T of(Jdbi jdbi, Class<T> type, java.util.function.Consumer<LazyDao<?>> made) {
        LazyDao<T> handler = new LazyDao<>(jdbi, type);
        made.accept(handler);
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    /** Attaches the DAO now if no call has yet. */
    void attach() {
        dao();
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class && method.getName().equals("toString")) {
            return "LazyDao[" + type.getSimpleName() + "]";
        }
        try {
            return method.invoke(dao(), args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private T dao() {
        T dao = attached;
        if (dao == null) {
            synchronized (this) {
                dao = attached;
                if (dao == null) {
                    dao = jdbi.onDemand(type);
                    attached = dao;
                }
            }
        }
        return dao;
    }
}
