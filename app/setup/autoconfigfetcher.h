#pragma once

#include "detectionoutcome.h"
#include "emailaddress.h"

#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

class QNetworkReply;

// Fetches the domain's Mozilla autoconfig document over HTTPS and parses it: first
// https://autoconfig.<domain>/mail/config-v1.1.xml?emailaddress=<address>, then
// https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml; the first that yields an IMAP
// server wins. HTTPS only: a redirect to anything but https is refused, as is a body over
// maxDocumentBytes. Each request has a timeout.
class AutoconfigFetcher : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 maxDocumentBytes = 64 * 1024; // real documents are ~2 KiB
    static constexpr int maxRedirects = 3;
    static constexpr int defaultTimeoutMs = 8000;

    explicit AutoconfigFetcher(QObject *parent = nullptr);

    // The URLs asked, in order, for address.
    static QList<QUrl> urlsFor(const EmailAddress &address);

    void setTimeout(int ms) { m_timeoutMs = ms; }
    // Tests: connect to address:port whenever a URL names host; TLS still verifies host.
    void mapHost(const QString &host, const QString &address, quint16 port);
    // Tests and private CAs: trusted in addition to the system's.
    void addCaCertificates(const QList<QSslCertificate> &certificates);

    // Starts fetching; finished() follows once, later. Starting again abandons a running one.
    void start(const EmailAddress &address);
    void abort();
    bool isRunning() const { return !m_reply.isNull(); }

signals:
    void finished(const DetectionOutcome &outcome);

private:
    struct MappedHost
    {
        QString address;
        quint16 port = 0;
    };

    void request(const QUrl &url);
    void replyFinished();
    void failCurrent(const QString &reason);
    void nextUrl();

    QNetworkAccessManager m_network;
    QTimer m_timer;
    int m_timeoutMs = defaultTimeoutMs;
    QHash<QString, MappedHost> m_hostMap;
    QList<QSslCertificate> m_extraCas;
    EmailAddress m_address;
    QList<QUrl> m_urls; // still to try
    QUrl m_firstUrl; // the URL this attempt started from (for messages)
    QUrl m_currentUrl; // the URL asked now (after redirects)
    int m_redirects = 0;
    QByteArray m_body;
    QPointer<QNetworkReply> m_reply;
    QStringList m_tried;
};
