<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountOptions</name>
    <message>
        <source>IMAP server host name (also the name checked in its certificate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP server port (default 993 for tls, 143 for starttls and plain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection security: tls (default), starttls or plain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program that prints the password on its first line of output. Run without a shell: words are split at spaces, double quotes group them, nothing is expanded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to look at; repeat for several (default INBOX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to this address instead of resolving the host name; the certificate must still be valid for --host (tests, split-horizon DNS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append the IMAP dialog to this file, with passwords and tokens redacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no --password option on purpose: other users could read it in the process list. Use --password-command, e.g. --password-command &apos;pass show mail&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--host is required: the IMAP server&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--security must be tls, starttls or plain, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user is required: the login user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-command is required: a program that prints the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--folder needs a folder name, not an empty string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cafile: cannot read &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cafile: &quot;%1&quot; holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--connect-address needs an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--protocol-log needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsFile</name>
    <message>
        <source>%1: cannot read the accounts file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the accounts file is larger than %2 bytes; is it the right file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the line is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a section header must look like [account-id], not &quot;%2&quot;; the lines up to the next valid section are ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: empty section name []; the lines up to the next section are ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is outside any [account] section and is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: account &quot;%2&quot;: &quot;%3&quot; is not a &quot;key = value&quot; line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: account &quot;%2&quot;, key &quot;%3&quot;: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the accounts file must never hold a password; use password-command with a program that prints it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: account &quot;%2&quot;: unknown key &quot;%3&quot; is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: account &quot;%2&quot;: key &quot;%3&quot; is given again; line %4 wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: account &quot;%2&quot;: key &quot;%3&quot; is missing: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IMAP server&apos;s host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a program that prints the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be tls, starttls or plain, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number from %1 to %2, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a comma-separated list of folder names and has an empty one in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: account &quot;%2&quot;: the id &quot;%3&quot; is already used by an earlier account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; account &quot;%1&quot; skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Connects once, prints the unseen and total message counts of each folder and exits 0 when no folder has unseen mail, 1 when some folder has, 2 on any error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbell check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbell check: unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbell check: cannot write the protocol log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot get the status of folder &quot;%1&quot;: the server said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol error: the server&apos;s STATUS reply for folder &quot;%1&quot; lacks MESSAGES or UNSEEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2: %3 unseen of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server ended the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; SHA-256 fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message no longer there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventFormatter</name>
    <message numerus="yes">
        <source>Ready: watching %n folder(s) in %1 account(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(unknown sender)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 New: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Removed: message %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Flags of message %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 unseen of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (next attempt at %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] Error: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExecRunner</name>
    <message>
        <source>--exec needs a program to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--exec: more than %1 messages are waiting; message %2 in %3 is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--exec: &quot;%1&quot; could not be started for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>--exec: &quot;%1&quot; was killed after %n second(s) for %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--exec: &quot;%1&quot; crashed for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--exec: &quot;%1&quot; failed with exit code %2 for %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordCommand</name>
    <message>
        <source>The password command is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password command &quot;%1&quot; could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password command &quot;%1&quot; printed more than %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password command &quot;%1&quot; did not finish within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The password command &quot;%1&quot; crashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password command &quot;%1&quot; failed with exit code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password command &quot;%1&quot; printed no password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <source>mailbell watch: the servers did not answer LOGOUT in time; exiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watches the accounts of the accounts file (or one account given with --host, --user and --password-command) and prints each event: new mail, removed mail, flag and count changes, connection states and errors. Runs until interrupted (Ctrl+C or SIGTERM), then logs out and exits 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object per line (events &quot;ready&quot;, &quot;new&quot;, &quot;expunged&quot;, &quot;flags&quot;, &quot;count&quot;, &quot;state&quot;, &quot;error&quot;); nothing else goes to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this program for each new message, without a shell; the message&apos;s fields are in the environment variables MAILBELL_ACCOUNT, MAILBELL_FOLDER, MAILBELL_UID, MAILBELL_UIDVALIDITY, MAILBELL_FROM, MAILBELL_FROM_ADDRESS, MAILBELL_SUBJECT, MAILBELL_PREVIEW, MAILBELL_DATE and MAILBELL_MESSAGE_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts file to read (default %1; format in docs/config.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File that remembers which messages were announced (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbell watch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbell watch: unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbell watch: --state needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbell watch: use either --config or --host/--user/--password-command, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbell watch: --%1 belongs to an ad-hoc account: give --host, --user and --password-command too, or put it in the accounts file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbell watch: no accounts: the accounts file %1 does not exist.
Create it with one [section] per account (see docs/config.md), e.g.
  [work]
  host = imap.example.org
  user = alice
  password-command = pass show mail/work
or watch one account with --host, --user and --password-command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbell watch: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbell watch: no usable account in %1. Add a [section] with host, user and password-command (see docs/config.md), or fix the errors above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbell watch: cannot handle SIGINT / SIGTERM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbell watch: cannot create the folder %1 for the state file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbell watch: no account got a password; nothing to watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>mailbell watch: [%1] the password was rejected or is missing; running the password command again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>mailbell watch: [%1] %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Mailbell tells you the moment new mail arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbell %1: the tray app is not available in this build yet.
Run &apos;mailbell --help&apos; to see what it can do.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbell: unknown command &quot;%1&quot;; try &apos;mailbell --help&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional subcommand:
  check  print unseen counts per folder and exit 0 (none), 1 (some) or 2 (error); see &apos;mailbell check --help&apos;
  watch  print new mail and other events as they happen (--json for one JSON object per line); see &apos;mailbell watch --help&apos;
Without a subcommand the tray app starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
