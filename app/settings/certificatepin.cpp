#include "certificatepin.h"

#include <algorithm>

namespace CertificatePin {

std::optional<QByteArray> parse(QStringView text)
{
    QString hex = text.trimmed().toString();
    hex.remove(u':');
    const bool isHex = std::all_of(hex.cbegin(), hex.cend(), [](QChar c) {
        return c.isDigit() || (c.toLower() >= u'a' && c.toLower() <= u'f');
    });
    if (!isHex || hex.size() != 64)
        return std::nullopt;
    return QByteArray::fromHex(hex.toLatin1());
}

QString text(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

} // namespace CertificatePin
