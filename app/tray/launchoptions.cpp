#include "launchoptions.h"

#include <QCommandLineParser>

#include <cstring>

using namespace Qt::StringLiterals;

namespace {

constexpr const char *kCheckNow = "check-now";
constexpr const char *kSettings = "settings";

} // namespace

void LaunchOptions::addTo(QCommandLineParser &parser)
{
    parser.addOption({QString::fromLatin1(kCheckNow),
                      tr("Check every account for new mail now (in the running Mailbell, which "
                         "is started first when it is not running).")});
    parser.addOption({QString::fromLatin1(kSettings),
                      tr("Open the settings (in the running Mailbell, which is started first when "
                         "it is not running).")});
}

LaunchOptions::Request LaunchOptions::requestOf(const QCommandLineParser &parser)
{
    Request request;
    request.checkNow = parser.isSet(QString::fromLatin1(kCheckNow));
    request.openSettings = parser.isSet(QString::fromLatin1(kSettings));
    return request;
}

LaunchOptions::Request LaunchOptions::requestOf(const QStringList &arguments)
{
    QCommandLineParser parser;
    addTo(parser);
    parser.parse(arguments); // unknown options are errors we ignore: the known ones still count
    return requestOf(parser);
}

bool LaunchOptions::onlyLaunchOptions(int argc, char *argv[])
{
    if (argc < 2)
        return false;
    for (int i = 1; i < argc; ++i) {
        const char *argument = argv[i];
        if (std::strncmp(argument, "--", 2) != 0)
            return false;
        argument += 2;
        if (std::strcmp(argument, kCheckNow) != 0 && std::strcmp(argument, kSettings) != 0)
            return false;
    }
    return true;
}
