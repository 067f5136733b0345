<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountController</name>
    <message>
        <source>The server rejected the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the saved password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is saved for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbell asks for this account&apos;s password at each start and keeps it in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountEditorDialog</name>
    <message>
        <source>Add Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No settings found for this address; enter the server below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;etect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the server settings for this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Often your email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imap.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without encryption your password and mail cross the network readable by anyone on the way. Use this only for a server on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password, saved in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password, asked at each start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2: Google</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2: Microsoft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass show mail/work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-&amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client I&amp;D:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folders to watch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the waiting connection is renewed (IMAP IDLE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often to ask a server that cannot wait for mail (no IDLE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thunderbird -mail; or a webmail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDLE &amp;renewal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pollin&amp;g interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account co&amp;lour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password goes to your desktop&apos;s keyring, never into a file. Left empty, Mailbell asks for it when it connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbell asks for the password at each start and keeps it in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command that prints the password, run at each connection (for example from pass or a password manager).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sign in with your browser; Mailbell keeps only the provider&apos;s token, in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an address such as you@example.org, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the IMAP server, for example imap.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name may contain only letters, digits, dots and dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name (often your email address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the command that prints the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one folder to watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password to test the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password to test the connection (the saved one could not be read: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password to test the connection; the password command runs when Mailbell connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the Demo First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See Mailbell at work on a private sample mail server first; you can add your account from its settings later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Without Testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Mailbell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbell watches your mailboxes and tells you the moment new mail arrives: who it is from, what it is about, and one click to read it. Type your email address and password to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the &amp;server myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how message preview in notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packaged client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwor&amp;d command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add A&amp;ccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the button above first; the connection test needs that sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the settings of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountOptions</name>
    <message>
        <source>IMAP server host name (also the name checked in its certificate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;host&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP server port (default 993 for tls, 143 for starttls and plain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;port&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection security: tls (default), starttls or plain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;mode&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;user&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program that prints the password on its first line of output. Run without a shell: words are split at spaces, double quotes group them, nothing is expanded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;command&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to look at; repeat for several (default INBOX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;folder&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;file&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to this address instead of resolving the host name; the certificate must still be valid for --host (tests, split-horizon DNS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;address&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
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
    <message>
        <source>--cafile: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this account of the accounts file, by its [section] name or the name the tray app shows: its server, security, user, folders, trusted certificate and password source (password-command or keyring). Options given too override the account&apos;s values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;name&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts file to read (default %1; format in docs/config.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 fingerprint, whoever issued it (64 hex digits, colons allowed, as an untrusted certificate&apos;s error shows it). Check it with the server&apos;s administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fingerprint</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;fingerprint&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no --password option on purpose: other users could read it in the process list. Use --password-command, e.g. --password-command &apos;pass show mail&apos;, or --account with an account whose password is in the keyring or comes from its password-command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pin-sha256 must be a SHA-256 fingerprint: 64 hex digits, colons allowed (AB:CD:...), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one --account; run the command once per account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 cannot apply to several accounts; give one --account with it, or put it in the accounts file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account: no account &quot;%1&quot;: %2 has no usable account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account: no account &quot;%1&quot; in %2; its accounts are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no accounts: the accounts file %1 does not exist.
Set up an account in the tray app (run mailbell), or create the file with one [section] per account (see docs/config.md), e.g.
  [work]
  host = imap.example.org
  user = alice
  password-command = pass show mail/work
or give one account with --host, --user and --password-command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no usable account in %1. Add a [section] with host, user and password-command (see docs/config.md), or fix the errors above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append the IMAP dialog to this file, with passwords and tokens redacted. At %1 MiB the file is renamed to &lt;file&gt;.1 (replacing an older &lt;file&gt;.1) and a new one begins; a FIFO, device or symlink (e.g. /dev/stderr) is written to, never renamed. If writing fails (disk full, ...), a warning says so once and the command runs on without the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account: the accounts file %1 does not exist. Set up the account in the tray app (run mailbell), or give --config &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--config names the accounts file for --account: give --account &lt;name&gt; too, or use --host, --user and --password-command without --config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or use --account &lt;name&gt;, one of the accounts in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 belongs to one account: give --account &lt;name&gt; (or --host, --user and --password-command) too, or put it in the accounts file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountStatusWords</name>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synchronizing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline, reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <extracomment>an account&apos;s state (tray tooltip, status lines): it cannot sign in and waits for new credentials; compare &quot;authentication failed&quot;, the kind of an error</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server name was not found; check the host name and the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the connection; check the port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a secure connection could not be set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not offer a secure connection (STARTTLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server offers no sign-in method this account may use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name or password was rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent something Mailbell did not understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message no longer exists on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline, retrying at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate changed since you trusted it; Mailbell does not connect until you review it in the account settings</source>
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
        <extracomment>the kind of an error, before its explanation (&quot;authentication failed: the user name or password was rejected&quot;); compare &quot;sign-in failed&quot;, an account&apos;s state</extracomment>
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
        <source>folder unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message no longer there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling of the server name (for example imap.example.com) and that this computer is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the port: 993 for TLS, 143 for STARTTLS. A firewall may also block it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server name and port, and whether a firewall or proxy holds the connection. Try again later if the server is busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this is your own server, compare its certificate&apos;s fingerprint with the one the server&apos;s administrator gives you, and trust it only if they match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server now shows a different certificate from the one you trusted. Ask the server&apos;s administrator whether it was replaced; if not, someone may be intercepting the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the security setting: TLS for port 993, STARTTLS for port 143.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose TLS (usually port 993) if the server offers it. Mailbell does not send your password over an unencrypted connection by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another sign-in method, or enable IMAP access in the account&apos;s web settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name and password. Some providers need an app password or IMAP access enabled in their web settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server&apos;s certificate changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shows a different certificate from the one you trusted. If its administrator did not replace it, someone may be intercepting the connection. Mailbell does not connect to this account until you review the certificate in the account settings.
Trusted SHA-256: %2
Now SHA-256: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent a response Mailbell did not understand (%1)</source>
        <extracomment>%1 names the response in IMAP terms, e.g. &quot;untagged FETCH&quot; (not translated)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate is for another server name (host name mismatch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not valid yet; check this computer&apos;s date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate is self-signed: no authority vouches for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate was issued by an authority this computer does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate changed since you trusted it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; SHA-256 fingerprint: %2</source>
        <extracomment>%1 is the error so far (&quot;kind: explanation&quot;), %2 the certificate&apos;s fingerprint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <extracomment>%1 is the error so far (&quot;protocol error: explanation (detail)&quot;), %2 the offset of the fault in the server&apos;s response</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the server sent: %2</source>
        <extracomment>%1 is the error so far (&quot;protocol error: explanation&quot;), %2 the start of the server&apos;s line, escaped and shortened</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the server said: %2</source>
        <extracomment>%1 is the error so far (&quot;kind: explanation&quot;), %2 the server&apos;s own words</extracomment>
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
        <source>The account id &quot;%1&quot; cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts file never holds a secret (key &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account with the id &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new account would not load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a colour such as #3465a4 or &quot;teal&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not an accounts file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be password, xoauth2 or oauthbearer, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be keyring or ask, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be google or microsoft, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>google or microsoft, for OAuth 2 sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be used with OAuth 2 sign-in (auth = %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a SHA-256 fingerprint (64 hex digits, colons allowed), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the line holds a NUL byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; must be one line without NUL characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add an account: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the accounts file: %1</source>
        <extracomment>%1 says what the path is instead, e.g. &quot;/x is a folder, not a regular file&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; account &quot;%2&quot; skipped</source>
        <extracomment>%1 is the problem found in the account&apos;s section (a whole sentence without a final period), %2 the section&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick an account to watch it; untick to pause it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts to &amp;watch (untick to pause one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: tick to watch this account again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot;? Mailbell stops watching it and forgets its saved password. The mail on the server stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsWriter</name>
    <message>
        <source>The account id &quot;%1&quot; cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two accounts have the id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;: the value of &quot;%2&quot; must be one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; would not load back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;: &quot;%2&quot; cannot be stored as &quot;%3&quot;; it would read back as &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: it is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: cannot read it first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: it is larger than %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: it is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: cannot create a temporary file in its folder: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set its permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot flush to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1, but cannot flush its folder to disk: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoconfigFetcher</name>
    <message>
        <source>no answer within %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is larger than %1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autoconfig %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a redirect without a valid location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused a redirect to %1 (not HTTPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoconfigParser</name>
    <message>
        <source>not valid XML (line %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an autoconfig document (no clientConfig element)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autoconfig %1: an IMAP server without a valid host name and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autoconfig %1: %2 is offered without encryption (refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autoconfig %1: %2 offers no sign-in method Mailbell supports (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoconfig from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autoconfig %1: no IMAP server (only POP3 or others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autoconfig %1: no incoming server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autodetector</name>
    <message>
        <source>&quot;%1&quot; is not an email address (name@example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not among the known providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found through DNS: check that %1 is your provider&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server offers only STARTTLS, not a TLS connection from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a local name: there is nothing to look up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No settings can be looked up for %1, a local name; enter the server below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1 among the known providers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking DNS about %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 for its configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking DNS who handles mail for %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateTrustDialog</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet valid: valid from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 showed a certificate that this computer does not trust. Trust it only if you know it is your server&apos;s certificate, for example because its SHA-256 fingerprint matches the one its administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (issued by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate differs from the one you trusted for %1 before (SHA-256 %2). If the server&apos;s administrator did not replace it, someone may be intercepting the connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>mailbell check: %1</source>
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
        <source>mailbell check: account &quot;%1&quot; signs in with OAuth 2, which check does not do yet; use mailbell watch --account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects once to one account (--account &lt;name&gt; from the accounts file, or one given with --host, --user and --password-command), prints the unseen and total message counts of each folder and exits 0 when no folder has unseen mail, 1 when some folder has, 2 on any error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandAdvice</name>
    <message>
        <source>Port %1 speaks plain IMAP; use --security starttls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 speaks TLS (implicit TLS); use --security tls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To trust this certificate, first compare its fingerprint with the one the server&apos;s administrator gives you; if they match, add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the server&apos;s administrator confirms that the certificate was replaced, trust the new one; add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or, to keep trusting it, write this line in the account&apos;s section [%1] of the accounts file (the tray app&apos;s certificate trust does the same):</source>
        <extracomment>%1 is the account&apos;s section name in the accounts file</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 on port %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up a secure connection (STARTTLS)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up a secure connection (TLS)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. Listing folders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server lists more folders; only the first %L1 are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n folder name(s) could not be read and are left out.</source>
        <translation>
            <numerusform>%n folder name could not be read and is left out.</numerusform>
            <numerusform>%n folder names could not be read and are left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server does not push new mail (no IDLE): Mailbell will check periodically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Connection works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Signed in and found %n folder(s).</source>
        <translation>
            <numerusform>Signed in and found %n folder.</numerusform>
            <numerusform>Signed in and found %n folders.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialBroker</name>
    <message>
        <source>This account has no OAuth provider (oauth-provider).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The keyring did not answer within %n second(s).</source>
        <translation>
            <numerusform>The keyring did not answer within %n second.</numerusform>
            <numerusform>The keyring did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No desktop session bus (D-Bus): the keyring (Secret Service) cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring (Secret Service) is available: passwords cannot be saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring refused access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyring error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring (Secret Service, such as GNOME Keyring or KWallet) is running in this desktop session: passwords cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Starts a private mail server with a demo account that receives a sample message every few seconds, and shows Mailbell at work on it: the tray app when there is a display, otherwise the events as &apos;mailbell watch&apos; prints them. Needs the Debian packages dovecot-core and dovecot-imapd; touches no real mail account. Runs until interrupted (Ctrl+C or SIGTERM) or the tray app quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the tray app: print one JSON object per line, as &apos;mailbell watch --json&apos; does; nothing else goes to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the events even when there is a display (no tray app).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between two sample messages (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;seconds&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbell demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbell demo: --interval needs a number of seconds from %1 to %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbell demo: no display (neither DISPLAY nor WAYLAND_DISPLAY is set, or QT_QPA_PLATFORM shows nothing), so no tray icon: printing the demo account&apos;s events as &apos;mailbell watch&apos; does instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbell demo: the tray app is not part of this build yet: printing the demo account&apos;s events as &apos;mailbell watch&apos; does instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>mailbell demo: started a private IMAP server on 127.0.0.1:%1 (user &quot;demo&quot;, %n sample message(s) already in its mailboxes).</source>
        <translation>
            <numerusform>mailbell demo: started a private IMAP server on 127.0.0.1:%1 (user &quot;demo&quot;, %n sample message already in its mailboxes).</numerusform>
            <numerusform>mailbell demo: started a private IMAP server on 127.0.0.1:%1 (user &quot;demo&quot;, %n sample messages already in its mailboxes).</numerusform>
        </translation>
    </message>
    <message>
        <source>The Mailbell tray app is watching it: look at the Mailbell icon in your panel&apos;s system tray, where a new sample message is announced every %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own mail accounts are not touched; to try one, add it in the tray menu&apos;s Settings: it is saved for the normal &apos;mailbell&apos; too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop with Ctrl+C here, or Quit in the tray icon&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new sample message arrives every %1 s; its event is printed as &apos;mailbell watch&apos; prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop with Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message numerus="yes">
        <source>The demo runs its own small mail server, Dovecot, which is not fully installed here. Install the Debian package(s) %1, for example with
  sudo apt install %2</source>
        <extracomment>%1 lists the missing packages (comma-separated), %2 the same for the command line</extracomment>
        <translation>
            <numerusform>The demo runs its own small mail server, Dovecot, which is not fully installed here. Install the Debian package %1, for example with
  sudo apt install %2</numerusform>
            <numerusform>The demo runs its own small mail server, Dovecot, which is not fully installed here. Install the Debian packages %1, for example with
  sudo apt install %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo mail server did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo mail server started but could not be set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store a sample message in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoTray</name>
    <message>
        <source>%1 (sample server, not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo account exists only while &apos;mailbell demo&apos; runs: it cannot be edited or removed, and it is never saved. Add your own account with %1</source>
        <extracomment>%1 is the label of the settings button that adds an account (&quot;Add…&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventFormatter</name>
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
    <message>
        <source>Ready: watching %1 in %2.</source>
        <extracomment>%1 is &quot;%n folder(s)&quot;, %2 is &quot;%n account(s)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n folder</numerusform>
            <numerusform>%n folders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>[%1] %2 — %3</source>
        <extracomment>%1 the account, %2 its state (&quot;offline, reconnecting&quot;), %3 what went wrong</extracomment>
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
        <translation>
            <numerusform>--exec: &quot;%1&quot; was killed after %n second for %2</numerusform>
            <numerusform>--exec: &quot;%1&quot; was killed after %n seconds for %2</numerusform>
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
    <name>FileKindWords</name>
    <message>
        <source>%1 is a folder, not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a character device, not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a block device, not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a named pipe (FIFO), not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a socket, not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link, not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be examined, so it is not used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderTreeModel</name>
    <message>
        <source>All mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Junk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: configured, not (yet) listed by the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>S&amp;tart Mailbell when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time Mailbell starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlessPassword</name>
    <message>
        <source>The account&apos;s password is asked at each start of the tray app and kept nowhere; give --password-command, or add a password-command to the account (see docs/config.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has no password-command and no password is saved in the keyring for it; add a password-command (see docs/config.md), give --password-command, or save the password from the tray app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has no password-command and the keyring could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the password and nobody can type another one here; add a password-command to the account (see docs/config.md), or give --password-command.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageLoader</name>
    <message>
        <source>settings.conf: [general] language = &quot;%1&quot; is not a language Qt knows; the system&apos;s language is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbell has no translation for &quot;%1&quot; yet; its texts stay in English.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Check every account for new mail now (in the running Mailbell, which is started first when it is not running).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the settings (in the running Mailbell, which is started first when it is not running).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailClientLauncher</name>
    <message>
        <source>The webmail address “%1” is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail client command “%1” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail client is set for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web browser could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail client “%1” could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualCheck</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n new message</numerusform>
            <numerusform>%n new messages</numerusform>
        </translation>
    </message>
    <message>
        <source>No new mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkAllReadDialog</name>
    <message>
        <source>Mark All as Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This marks every unread message in the watched folders as read on the server, including older ones that are not in the recent list. Other mail programs will show them as read too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark All as Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mark all %n unread message(s) as read?</source>
        <translation>
            <numerusform>Mark all %n unread message as read?</numerusform>
            <numerusform>Mark all %n unread messages as read?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageSummaryWindow</name>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message has no text preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in mail client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Mailbell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message was deleted or moved on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageText</name>
    <message>
        <source>(unknown sender)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked for deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MxDiscovery</name>
    <message>
        <source>DNS MX %1: no answer within %2 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS MX %1: no record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS MX %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS MX %1: %2 is no known provider&apos;s mail server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationContent</name>
    <message>
        <source>%1 › %2</source>
        <extracomment>Where a message arrived: account name, then folder</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new messages in %1</source>
        <translation>
            <numerusform>%n new message in %1</numerusform>
            <numerusform>%n new messages in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From %1 and %n more</source>
        <translation>
            <numerusform>From %1 and %n more</numerusform>
            <numerusform>From %1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <source>&amp;Show a notification for new mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a so&amp;und</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the message &amp;preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer &quot;&amp;Delete&quot; on a notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quiet hours from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boss@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work/Lists/Announcements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wi&amp;thin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group mo&amp;re than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders and folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VIP senders
(always announced,
one address a line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Muted folders
(account/folder,
one a line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not account/folder, such as work/Lists/Qt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one day for quiet hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During quiet hours, show notifications &amp;without sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchecked, quiet hours show no notifications: only the list and the badge change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthAuthorizer</name>
    <message>
        <source>The sign-in was not completed in the browser in time. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1 for the browser&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbell received the answer. You can close this page and return to Mailbell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address yourself: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser&apos;s answer does not belong to this sign-in (state mismatch); it was ignored for safety. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser&apos;s answer carries no authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider gave no refresh token, so Mailbell could not stay signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthErrors</name>
    <message>
        <source>The sign-in was declined: Mailbell did not get access to the mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in is no longer valid (revoked, expired, or the password changed). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service is unavailable right now; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider does not accept Mailbell&apos;s OAuth client ID. Check oauth-client-id (see docs/oauth.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused access to the mailbox (scope not allowed for this client ID).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthProvider</name>
    <message>
        <source>The %1 sign-in addresses are not valid URLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OAuth client ID for %1: this build of Mailbell has none built in. Register a desktop app with %1 (redirect URI http://127.0.0.1, see docs/oauth.md) and give its client ID as the account&apos;s OAuth client ID (oauth-client-id in accounts.conf).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthSignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthSignInWidget</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser. If no browser opened, &lt;a href=&quot;%1&quot;&gt;open the sign-in page&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthTokenClient</name>
    <message>
        <source>The sign-in service could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service gave an unusable answer (HTTP %1, %2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthTokenManager</name>
    <message>
        <source>Not signed in: sign in to this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: no sign-in is saved for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again; the sign-in is kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n second(s).</source>
        <translation>
            <numerusform>Trying again in %n second.</numerusform>
            <numerusform>Trying again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in is kept in memory for this session only; you will have to sign in again after a restart.</source>
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
        <translation>
            <numerusform>The password command &quot;%1&quot; did not finish within %n second.</numerusform>
            <numerusform>The password command &quot;%1&quot; did not finish within %n seconds.</numerusform>
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
    <name>PasswordDialog</name>
    <message>
        <source>&amp;Remember in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbell needs the password of the account &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ask for it at each start (kept in memory only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a password &amp;command instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password command is a program that prints the password, for example &quot;pass show mail/work&quot; or &quot;secret-tool lookup mail work&quot;. Mailbell runs it at each start. Set it in the account&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring (Secret Service, such as GNOME Keyring or KWallet) is available, so Mailbell cannot save this password. It never writes passwords to a file. Choose how to log in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderTable</name>
    <message>
        <source>Yahoo needs an app password: Account Info, Account Security, Generate app password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AOL needs an app password: Account Info, Account Security, Generate app password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCloud needs an app-specific password (appleid.apple.com, Sign-In and Security); the user name is the part of your address before the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fastmail needs an app password: Settings, Privacy &amp; Security, Integrations, App passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on IMAP access first: GMX settings, POP3/IMAP, &quot;Allow access via POP3 and IMAP&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on IMAP access first: WEB.DE settings, POP3/IMAP, &quot;Allow access via POP3 and IMAP&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on IMAP access in Zoho Mail&apos;s settings; with two-factor sign-in, use an app-specific password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow IMAP in Yandex Mail&apos;s settings (Email clients) and use an app password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail.ru needs a password for external apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with Google in your browser, or use an app password; your normal Google password will not work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gmail needs an app password here: turn on 2-Step Verification in your Google Account, create an app password, and type it as the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook.com and Microsoft 365 accept only Microsoft sign-in over IMAP, which needs an OAuth client ID: type yours in “OAuth client ID” under Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your email password (set in the Telekom E-Mail Center), not your Telekom login password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentMessagesModel</name>
    <message>
        <source>%1, from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recent-messages list %1 could not be read (%2); starting with an empty list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Mailbell recent-messages file of a known version</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable entries in the recent-messages list %1 were dropped.</source>
        <translation>
            <numerusform>%n unreadable entry in the recent-messages list %1 was dropped.</numerusform>
            <numerusform>%n unreadable entries in the recent-messages list %1 were dropped.</numerusform>
        </translation>
    </message>
    <message>
        <source>The recent-messages list could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; starting with an empty recent-messages list.</source>
        <extracomment>%1 says what the path is instead, e.g. &quot;/x is a folder, not a regular file&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recent-messages list could not be saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentMessagesWindow</name>
    <message>
        <source>Recent messages — Mailbell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by sender, subject or text (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system tray found, so Mailbell lives in this window: closing it quits Mailbell. On GNOME, the “AppIndicator and KStatusNotifierItem Support” extension adds a tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account yet.

Add your mail account and Mailbell tells you the moment new mail arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add an account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the delete (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mailbell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbell (no system tray found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new mail yet.

Unread mail and messages that arrive while Mailbell is running appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>↑ %n new message(s) when the pointer leaves the list</source>
        <translation>
            <numerusform>↑ %n new message when the pointer leaves the list</numerusform>
            <numerusform>↑ %n new messages when the pointer leaves the list</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 moved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbell does not know yet whether %1 has a Trash folder. If it has none, the message cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Trash folder, so the message cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is already in %1; deleting it here cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete permanently? — Mailbell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 permanently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Permanently</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Mailbell Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring did not save the password of &quot;%1&quot;: %2
Mailbell uses it until it quits. To keep it elsewhere choose &quot;asked at each start&quot; or a password command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; outside [notifications] is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown group [%2] is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a time range such as 22:00-07:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be days such as mon, tue, wed, thu, fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be email addresses separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be account/folder pairs such as work/Lists/Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: [%3] %4 = &quot;%5&quot;: %6; the default is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a language code such as de or pt_BR, or empty for the system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a settings file; all settings keep their defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the settings file: %2; all settings keep their defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the settings file is larger than %2 bytes; is it the right file? All settings keep their defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the line is not valid UTF-8 and is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a group header must look like [notifications], not &quot;%2&quot;; the lines up to the next group are ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a &quot;key = value&quot; line and is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: [%2] unknown key &quot;%3&quot; is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; all settings keep their defaults</source>
        <extracomment>%1 says what the path is instead, e.g. &quot;/x is a folder, not a regular file&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the line holds a NUL byte and is ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>%1 has no account &quot;%2&quot; to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more like these</source>
        <translation>
            <numerusform>… and %n more like this</numerusform>
            <numerusform>… and %n more like these</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsWriter</name>
    <message>
        <source>Cannot save %1: it is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: cannot read it first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: it is larger than %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] %2 cannot be stored as &quot;%3&quot;; it would read back as &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] %2 must be one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Another Mailbell is running but does not answer (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SrvDiscovery</name>
    <message>
        <source>DNS SRV %1: no answer within %2 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS SRV %1: no record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS SRV %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS SRV %1: the domain says it offers no such service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS SRV record %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubcommandParser</name>
    <message>
        <source>mailbell %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbell %1: unexpected argument &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayApplication</name>
    <message>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the accounts file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change a message in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the mail client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;mailbell demo&quot; in a terminal to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>No new mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark all as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 1 &amp;hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until &amp;tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until &amp;tomorrow, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until I &amp;resume them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume &amp;notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume &amp;notifications (paused until %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mailbell: %n unread</source>
        <translation>
            <numerusform>Mailbell: %n unread</numerusform>
            <numerusform>Mailbell: %n unread</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailbell: no unread mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications paused until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add an account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● %1</source>
        <comment>an unread message in the tray menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbell: no account yet
Add one from this icon&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for new mail…</source>
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
        <source>Print one JSON object per line (events &quot;ready&quot;, &quot;new&quot;, &quot;expunged&quot;, &quot;flags&quot;, &quot;count&quot;, &quot;state&quot;, &quot;error&quot;); nothing else goes to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this program for each new message, without a shell; the message&apos;s fields are in the environment variables MAILBELL_ACCOUNT, MAILBELL_FOLDER, MAILBELL_UID, MAILBELL_UIDVALIDITY, MAILBELL_FROM, MAILBELL_FROM_ADDRESS, MAILBELL_SUBJECT, MAILBELL_PREVIEW, MAILBELL_DATE and MAILBELL_MESSAGE_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;command&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;file&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbell watch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbell watch: --state needs a file name.</source>
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
        <translation>
            <numerusform>mailbell watch: [%1] the password was rejected or is missing; running the password command again in %n second.</numerusform>
            <numerusform>mailbell watch: [%1] the password was rejected or is missing; running the password command again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>mailbell watch: [%1] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s oauth-provider &quot;%1&quot; is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Sign in once in the tray app (run mailbell, Settings); watch then uses the sign-in saved in the keyring.</source>
        <extracomment>%1 is why a sign-in is needed, one or more whole sentences</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File that remembers which messages were announced (default %1). /dev/null remembers nothing: each start announces only mail that arrives while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watches the accounts of the accounts file (or those named with --account, or one account given with --host, --user and --password-command) and prints each event: new mail, removed mail, flag and count changes, connection states and errors. Runs until interrupted (Ctrl+C or SIGTERM), then logs out and exits 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbell watch: --state: %1; give --state a file name, or --state /dev/null to remember nothing.</source>
        <extracomment>%1 says what the path is instead, e.g. &quot;/x is a folder, not a regular file&quot;</extracomment>
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
        <source>mailbell: unknown command &quot;%1&quot;; try &apos;mailbell --help&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional subcommand:
  check  print unseen counts per folder and exit 0 (none), 1 (some) or 2 (error); see &apos;mailbell check --help&apos;
  watch  print new mail and other events as they happen (--json for one JSON object per line); see &apos;mailbell watch --help&apos;
  demo   try Mailbell on a private demo mail server that receives a sample message every few seconds; see &apos;mailbell demo --help&apos;
Without a subcommand the tray app starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbell: no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so the tray app cannot start.
In a terminal use &apos;mailbell watch&apos; or &apos;mailbell check&apos;; see &apos;mailbell --help&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbell: cannot handle SIGINT / SIGTERM: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbell: --check-now and --settings take no other option or argument; try &apos;mailbell --help&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
