#include "protocol/mailaddress.h"

namespace ImapCore {

QString MailAddress::displayString() const
{
    if (isEmptyGroup())
        return name.isEmpty() ? group : name;
    if (name.isEmpty() || name.compare(address, Qt::CaseInsensitive) == 0)
        return address;
    if (address.isEmpty())
        return name;
    return name + u" <" + address + u'>';
}

} // namespace ImapCore
