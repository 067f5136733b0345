#include "demotray.h"

#include "accountspage.h"
#include "demoserver.h"
#include "settings/accountsfile.h"

using namespace Qt::StringLiterals;

DemoTray::DemoTray(const DemoServer &server)
{
    TrayApplication::Paths paths;
    paths.accountsFile = AccountsFile::defaultPath();
    paths.seenStore = m_state.filePath(u"seen.json"_s);
    paths.recentMessages = m_state.filePath(u"recent.json"_s);
    paths.watchAccountsFileAtStart = false;
    m_tray = std::make_unique<TrayApplication>(paths);
    m_tray->addInMemoryAccount(server.accountSpec(), server.password(), listing(server));
}

UnsavedAccount DemoTray::listing(const DemoServer &server)
{
    const ImapCore::AccountSpec spec = server.accountSpec();
    UnsavedAccount account;
    account.id = spec.id;
    account.name = tr("%1 (sample server, not saved)").arg(spec.displayName);
    account.address = spec.connection.user + u'@' + spec.connection.host;
    //: %1 is the label of the settings button that adds an account ("Add…")
    account.reason = tr("The demo account exists only while 'mailbell demo' runs: it cannot be "
                        "edited or removed, and it is never saved. Add your own account "
                        "with %1")
                         .arg(QString(AccountsPage::addButtonText()).remove(u'&'));
    return account;
}
