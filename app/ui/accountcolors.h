#pragma once

#include <QColor>
#include <QString>

struct AccountInfo;

// The colour that marks an account in lists and menus: the one the user chose, else a stable
// pick from a small palette (same id, same colour, on every run).
namespace AccountColors {

QColor forAccount(const AccountInfo &account);
QColor forId(const QString &accountId);

} // namespace AccountColors
