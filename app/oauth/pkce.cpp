#include "pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

QByteArray Pkce::randomToken(int bytes)
{
    Q_ASSERT(bytes % 4 == 0);
    QByteArray raw(bytes, Qt::Uninitialized);
    // QRandomGenerator::system() reads the OS CSPRNG (getrandom).
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return raw.toBase64(kBase64Url);
}

QByteArray Pkce::challengeFor(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(kBase64Url);
}

Pkce Pkce::generate()
{
    Pkce pkce;
    pkce.verifier = randomToken(32);
    pkce.challenge = challengeFor(pkce.verifier);
    return pkce;
}
