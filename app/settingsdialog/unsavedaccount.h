#pragma once

#include <QString>

// An account the settings dialog lists beside those of the accounts file without being able to
// change or save it (the demo's account, which lives only as long as `mailbell demo`): the
// list shows name and address, and why it cannot be edited or removed.
struct UnsavedAccount
{
    QString id; // taken: a new account gets another one
    QString name; // as listed, e.g. "Demo (sample server, not saved)"
    QString address;
    QString reason; // why it cannot be edited or removed, for tooltips
};
