#include "accountcolors.h"

#include "accountinfo.h"

#include <QCryptographicHash>

#include <array>

namespace AccountColors {

QColor forAccount(const AccountInfo &account)
{
    return account.color.isValid() ? account.color : forId(account.id);
}

QColor forId(const QString &accountId)
{
    // Saturated mid-tones that read against both light and dark window backgrounds.
    static constexpr std::array<QRgb, 8> palette = {
        0x3584e4, 0x2ec27e, 0xe66100, 0x9141ac, 0xe01b24, 0x1c71d8, 0x986a44, 0x26a269,
    };
    // A hash that does not change between runs (qHash is seeded per process).
    const QByteArray digest =
        QCryptographicHash::hash(accountId.toUtf8(), QCryptographicHash::Sha1);
    const auto index = static_cast<unsigned char>(digest.at(0)) % palette.size();
    return QColor::fromRgb(palette[index]);
}

} // namespace AccountColors
