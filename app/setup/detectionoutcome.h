#pragma once

#include "detectedaccount.h"

#include <QList>
#include <QMetaType>
#include <QStringList>

// What one detection source (DNS SRV, autoconfig) found: its candidates, best first, and a
// translated line for each thing it tried, for the "not found" message.
struct DetectionOutcome
{
    QList<DetectedAccount> candidates;
    QStringList tried;
};

Q_DECLARE_METATYPE(DetectionOutcome)
