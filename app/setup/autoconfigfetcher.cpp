#include "autoconfigfetcher.h"

#include "autoconfigparser.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

AutoconfigFetcher::AutoconfigFetcher(QObject *parent)
    : QObject(parent)
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    // Autoconfig answers must not be cached between detections: a fixed server shows at once.
    m_network.setCache(nullptr);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this,
            [this] { failCurrent(tr("no answer within %1 seconds").arg(m_timeoutMs / 1000.0)); });
}

QList<QUrl> AutoconfigFetcher::urlsFor(const EmailAddress &address)
{
    const QString domain = address.asciiDomain();
    QUrl isp;
    isp.setScheme(QStringLiteral("https"));
    isp.setHost(QStringLiteral("autoconfig.") + domain);
    isp.setPath(QStringLiteral("/mail/config-v1.1.xml"));
    isp.setQuery(QStringLiteral("emailaddress=")
                 + QString::fromLatin1(QUrl::toPercentEncoding(address.address())));
    QUrl wellKnown;
    wellKnown.setScheme(QStringLiteral("https"));
    wellKnown.setHost(domain);
    wellKnown.setPath(QStringLiteral("/.well-known/autoconfig/mail/config-v1.1.xml"));
    return {isp, wellKnown};
}

void AutoconfigFetcher::mapHost(const QString &host, const QString &address, quint16 port)
{
    m_hostMap.insert(host.toLower(), {address, port});
}

void AutoconfigFetcher::addCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_extraCas += certificates;
}

void AutoconfigFetcher::start(const EmailAddress &address)
{
    abort();
    m_address = address;
    m_urls = urlsFor(address);
    m_tried.clear();
    nextUrl();
}

void AutoconfigFetcher::abort()
{
    m_timer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply.clear();
    }
    m_urls.clear();
}

void AutoconfigFetcher::nextUrl()
{
    if (m_urls.isEmpty()) {
        DetectionOutcome outcome;
        outcome.tried = m_tried;
        emit finished(outcome);
        return;
    }
    m_firstUrl = m_urls.takeFirst();
    m_redirects = 0;
    request(m_firstUrl);
}

void AutoconfigFetcher::request(const QUrl &url)
{
    m_currentUrl = url;
    m_body.clear();
    QUrl target = url;
    QNetworkRequest request;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!m_extraCas.isEmpty())
        ssl.addCaCertificates(m_extraCas);
    const auto mapped = m_hostMap.constFind(url.host().toLower());
    if (mapped != m_hostMap.constEnd()) {
        target.setHost(mapped->address);
        target.setPort(mapped->port);
        request.setPeerVerifyName(url.host());
        request.setRawHeader("Host", url.host().toUtf8());
    }
    request.setUrl(target);
    request.setSslConfiguration(ssl);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Mailbell"));

    m_reply = m_network.get(request);
    m_timer.start(m_timeoutMs);
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        m_body += m_reply->read(maxDocumentBytes + 1 - m_body.size());
        if (m_body.size() > maxDocumentBytes)
            failCurrent(tr("the document is larger than %1 KiB").arg(maxDocumentBytes / 1024));
    });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > maxDocumentBytes)
            failCurrent(tr("the document is larger than %1 KiB").arg(maxDocumentBytes / 1024));
    });
    connect(m_reply, &QNetworkReply::finished, this, &AutoconfigFetcher::replyFinished);
}

void AutoconfigFetcher::failCurrent(const QString &reason)
{
    m_timer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply.clear();
    }
    m_tried.append(tr("autoconfig %1: %2").arg(m_firstUrl.toDisplayString(), reason));
    nextUrl();
}

void AutoconfigFetcher::replyFinished()
{
    QNetworkReply *reply = m_reply;
    m_timer.stop();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400) {
        // The raw header: QNetworkRequest::LocationHeader drops relative references.
        const QUrl location(QString::fromUtf8(reply->rawHeader("Location").trimmed()),
                            QUrl::StrictMode);
        const QUrl next = m_currentUrl.resolved(location);
        if (!location.isValid() || location.isEmpty())
            return failCurrent(tr("a redirect without a valid location"));
        if (next.scheme() != u"https")
            return failCurrent(
                tr("refused a redirect to %1 (not HTTPS)").arg(next.toDisplayString()));
        if (++m_redirects > maxRedirects)
            return failCurrent(tr("more than %1 redirects").arg(maxRedirects));
        reply->disconnect(this);
        reply->deleteLater();
        m_reply.clear();
        return request(next);
    }
    if (status >= 400)
        return failCurrent(tr("the server answered HTTP %1").arg(status));
    if (reply->error() != QNetworkReply::NoError)
        return failCurrent(reply->errorString());
    m_body += reply->read(maxDocumentBytes + 1 - m_body.size());
    if (m_body.size() > maxDocumentBytes)
        return failCurrent(tr("the document is larger than %1 KiB").arg(maxDocumentBytes / 1024));
    reply->disconnect(this);
    reply->deleteLater();
    m_reply.clear();

    const AutoconfigParser::Result parsed =
        AutoconfigParser::parse(m_body, m_address, m_currentUrl.toDisplayString());
    if (!parsed.error.isEmpty()) {
        m_tried.append(tr("autoconfig %1: %2").arg(m_firstUrl.toDisplayString(), parsed.error));
        return nextUrl();
    }
    m_tried += parsed.outcome.tried;
    if (parsed.outcome.candidates.isEmpty())
        return nextUrl();
    m_urls.clear();
    DetectionOutcome outcome;
    outcome.candidates = parsed.outcome.candidates;
    outcome.tried = m_tried;
    emit finished(outcome);
}
