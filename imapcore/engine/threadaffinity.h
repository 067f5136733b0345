#pragma once

#include <QObject>
#include <QThread>

// The engine's objects are not thread-safe: each lives in one thread (the worker thread in the
// product) and may be called only there. MailEngineWorker's entry points, which the facade
// reaches through queued calls, assert it (as KIMAP's job entry points do), so a direct call
// from another thread stops a debug build at once instead of racing.
#define MAILBELL_ASSERT_OWN_THREAD(object)                                                         \
    Q_ASSERT_X(QThread::currentThread() == (object)->thread(), Q_FUNC_INFO,                        \
               "called from a thread this object does not live in")
