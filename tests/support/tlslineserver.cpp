#include "tlslineserver.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QThread>

class TlsLineServerWorker : public QTcpServer
{
public:
    QSslCertificate certificate;
    QSslKey key;
    QByteArray send;
    QString error;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        if (certificate.isNull()) {
            socket->write(send);
            return;
        }
        // The client refuses the certificate: the handshake fails on our side too.
        connect(socket, &QSslSocket::sslErrors, socket, [socket] { socket->ignoreSslErrors(); });
        connect(socket, &QSslSocket::encrypted, socket, [this, socket] { socket->write(send); });
        socket->setLocalCertificate(certificate);
        socket->setPrivateKey(key);
        socket->setPeerVerifyMode(QSslSocket::VerifyNone);
        socket->startServerEncryption();
    }
};

namespace {

template<typename F>
void call(TlsLineServerWorker *worker, F &&f)
{
    QMetaObject::invokeMethod(worker, std::forward<F>(f), Qt::BlockingQueuedConnection);
}

} // namespace

TlsLineServer::TlsLineServer()
    : m_thread(std::make_unique<QThread>())
    , m_worker(new TlsLineServerWorker)
{
    m_thread->setObjectName(QStringLiteral("TlsLineServer"));
    m_worker->moveToThread(m_thread.get());
    m_thread->start();
}

TlsLineServer::~TlsLineServer()
{
    QThread *here = QThread::currentThread();
    call(m_worker, [this, here] {
        m_worker->close();
        qDeleteAll(m_worker->findChildren<QSslSocket *>());
        m_worker->moveToThread(here);
    });
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

bool TlsLineServer::listen(const QString &certificatePath, const QString &keyPath,
                           const QByteArray &send)
{
    bool ok = false;
    call(m_worker, [&] {
        m_worker->send = send;
        if (!certificatePath.isEmpty()) {
            const QList<QSslCertificate> certificates =
                QSslCertificate::fromPath(certificatePath, QSsl::Pem);
            QFile keyFile(keyPath);
            if (certificates.isEmpty() || !keyFile.open(QIODevice::ReadOnly)) {
                m_worker->error =
                    QStringLiteral("cannot read %1 or %2").arg(certificatePath, keyPath);
                return;
            }
            m_worker->certificate = certificates.first();
            m_worker->key = QSslKey(keyFile.readAll(), QSsl::Ec);
            if (m_worker->key.isNull()) {
                m_worker->error = QStringLiteral("cannot read the EC key %1").arg(keyPath);
                return;
            }
        }
        ok = m_worker->listen(QHostAddress::LocalHost, 0);
        if (!ok)
            m_worker->error = m_worker->errorString();
    });
    return ok;
}

quint16 TlsLineServer::port() const
{
    quint16 port = 0;
    call(m_worker, [&] { port = m_worker->serverPort(); });
    return port;
}

QString TlsLineServer::errorString() const
{
    QString error;
    call(m_worker, [&] { error = m_worker->error; });
    return error;
}
