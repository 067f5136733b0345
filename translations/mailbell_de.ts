<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountController</name>
    <message>
        <source>The server rejected the password.</source>
        <translation>Der Server hat das Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>Mailbell asks for this account&apos;s password at each start and keeps it in memory only.</source>
        <translation>Mailbell fragt bei jedem Start nach dem Passwort dieses Kontos und behält es nur im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The server rejected the saved password.</source>
        <translation>Der Server hat das gespeicherte Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>No password is saved for this account.</source>
        <translation>Für dieses Konto ist kein Passwort gespeichert.</translation>
    </message>
</context>
<context>
    <name>AccountEditorDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>Konto bearbeiten</translation>
    </message>
    <message>
        <source>Try the Demo First</source>
        <translation>Erst die Demo ansehen</translation>
    </message>
    <message>
        <source>See Mailbell at work on a private sample mail server first; you can add your account from its settings later.</source>
        <translation>Sehen Sie Mailbell zuerst auf einem privaten Beispiel-Mailserver in Aktion; Ihr Konto können Sie später in den Einstellungen hinzufügen.</translation>
    </message>
    <message>
        <source>Add Without Testing</source>
        <translation>Ohne Test hinzufügen</translation>
    </message>
    <message>
        <source>No settings found for this address; enter the server below.</source>
        <translation>Für diese Adresse wurden keine Einstellungen gefunden; geben Sie den Server unten ein.</translation>
    </message>
    <message>
        <source>Welcome to Mailbell</source>
        <translation>Willkommen bei Mailbell</translation>
    </message>
    <message>
        <source>Mailbell watches your mailboxes and tells you the moment new mail arrives: who it is from, what it is about, and one click to read it. Type your email address and password to start.</source>
        <translation>Mailbell überwacht Ihre Postfächer und meldet neue E-Mails, sobald sie eintreffen: von wem sie kommen, worum es geht – und mit einem Klick lesen Sie sie. Geben Sie zum Start Ihre E-Mail-Adresse und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>D&amp;etect</source>
        <translation>&amp;Ermitteln</translation>
    </message>
    <message>
        <source>Find the server settings for this address</source>
        <translation>Die Servereinstellungen für diese Adresse suchen</translation>
    </message>
    <message>
        <source>Set up the &amp;server myself</source>
        <translation>&amp;Server selbst einrichten</translation>
    </message>
    <message>
        <source>E&amp;mail address:</source>
        <translation>E-&amp;Mail-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>imap.example.org</source>
        <translation>imap.example.org</translation>
    </message>
    <message>
        <source>TLS (recommended)</source>
        <translation>TLS (empfohlen)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Keine (unverschlüsselt)</translation>
    </message>
    <message>
        <source>Without encryption your password and mail cross the network readable by anyone on the way. Use this only for a server on this machine.</source>
        <translation>Ohne Verschlüsselung gehen Ihr Passwort und Ihre E-Mails für jeden auf dem Übertragungsweg lesbar durchs Netz. Verwenden Sie dies nur für einen Server auf diesem Rechner.</translation>
    </message>
    <message>
        <source>Often your email address</source>
        <translation>Oft Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Password, saved in the keyring</source>
        <translation>Passwort, im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Password, asked at each start</source>
        <translation>Passwort, bei jedem Start abgefragt</translation>
    </message>
    <message>
        <source>Password command</source>
        <translation>Passwortbefehl</translation>
    </message>
    <message>
        <source>OAuth 2: Google</source>
        <translation>OAuth 2: Google</translation>
    </message>
    <message>
        <source>OAuth 2: Microsoft</source>
        <translation>OAuth 2: Microsoft</translation>
    </message>
    <message>
        <source>pass show mail/work</source>
        <translation>pass show mail/work</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>Sic&amp;herheit:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Sign-&amp;in:</source>
        <translation>Anmel&amp;dung:</translation>
    </message>
    <message>
        <source>OAuth client I&amp;D:</source>
        <translation>OAuth-&amp;Client-ID:</translation>
    </message>
    <message>
        <source>&amp;Folders to watch:</source>
        <translation>Überwachte O&amp;rdner:</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>Erwe&amp;itert</translation>
    </message>
    <message>
        <source>As the email address</source>
        <translation>Wie die E-Mail-Adresse</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>How often the waiting connection is renewed (IMAP IDLE)</source>
        <translation>Wie oft die wartende Verbindung erneuert wird (IMAP IDLE)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How often to ask a server that cannot wait for mail (no IDLE)</source>
        <translation>Wie oft ein Server abgefragt wird, der nicht auf E-Mails warten kann (kein IDLE)</translation>
    </message>
    <message>
        <source>S&amp;how message preview in notifications</source>
        <translation>&amp;Nachrichtenvorschau in Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Automatic</source>
        <translation>A&amp;utomatisch</translation>
    </message>
    <message>
        <source>thunderbird -mail; or a webmail address</source>
        <translation>thunderbird -mail; oder eine Webmail-Adresse</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>IDLE &amp;renewal:</source>
        <translation>ID&amp;LE-Erneuerung:</translation>
    </message>
    <message>
        <source>Pollin&amp;g interval:</source>
        <translation>Abfra&amp;geintervall:</translation>
    </message>
    <message>
        <source>Account co&amp;lour:</source>
        <translation>&amp;Kontofarbe:</translation>
    </message>
    <message>
        <source>Open &amp;with:</source>
        <translation>&amp;Öffnen mit:</translation>
    </message>
    <message>
        <source>How?</source>
        <translation>Wie?</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Type the password to test the connection.</source>
        <translation>Geben Sie das Passwort ein, um die Verbindung zu testen.</translation>
    </message>
    <message>
        <source>Type the password to test the connection (the saved one could not be read: %1).</source>
        <translation>Geben Sie das Passwort ein, um die Verbindung zu testen (das gespeicherte konnte nicht gelesen werden: %1).</translation>
    </message>
    <message>
        <source>Type the password to test the connection; the password command runs when Mailbell connects.</source>
        <translation>Geben Sie das Passwort ein, um die Verbindung zu testen; der Passwortbefehl wird ausgeführt, wenn Mailbell sich verbindet.</translation>
    </message>
    <message>
        <source>The password goes to your desktop&apos;s keyring, never into a file. Left empty, Mailbell asks for it when it connects.</source>
        <translation>Das Passwort wird im Schlüsselbund Ihrer Arbeitsumgebung gespeichert, nie in einer Datei. Bleibt das Feld leer, fragt Mailbell beim Verbinden danach.</translation>
    </message>
    <message>
        <source>Mailbell asks for the password at each start and keeps it in memory only.</source>
        <translation>Mailbell fragt bei jedem Start nach dem Passwort und behält es nur im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>A command that prints the password, run at each connection (for example from pass or a password manager).</source>
        <translation>Ein Befehl, der das Passwort ausgibt und bei jeder Verbindung ausgeführt wird (zum Beispiel aus pass oder einer Passwortverwaltung).</translation>
    </message>
    <message>
        <source>You sign in with your browser; Mailbell keeps only the provider&apos;s token, in the keyring.</source>
        <translation>Sie melden sich im Browser an; Mailbell speichert nur den Token des Anbieters, und zwar im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Enter an address such as you@example.org, or leave it empty.</source>
        <translation>Geben Sie eine Adresse wie name@example.org ein oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Enter the IMAP server, for example imap.example.org.</source>
        <translation>Geben Sie den IMAP-Server ein, zum Beispiel imap.example.org.</translation>
    </message>
    <message>
        <source>The server name may contain only letters, digits, dots and dashes.</source>
        <translation>Der Servername darf nur Buchstaben, Ziffern, Punkte und Bindestriche enthalten.</translation>
    </message>
    <message>
        <source>Enter your user name (often your email address).</source>
        <translation>Geben Sie Ihren Benutzernamen ein (oft Ihre E-Mail-Adresse).</translation>
    </message>
    <message>
        <source>Enter the command that prints the password.</source>
        <translation>Geben Sie den Befehl ein, der das Passwort ausgibt.</translation>
    </message>
    <message>
        <source>Choose at least one folder to watch.</source>
        <translation>Wählen Sie mindestens einen zu überwachenden Ordner.</translation>
    </message>
    <message>
        <source>The packaged client ID</source>
        <translation>Die mitgelieferte Client-ID</translation>
    </message>
    <message>
        <source>Passwor&amp;d command:</source>
        <translation>Passwortbe&amp;fehl:</translation>
    </message>
    <message>
        <source>Add A&amp;ccount</source>
        <translation>Konto hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Sign in with the button above first; the connection test needs that sign-in.</source>
        <translation>Melden Sie sich zuerst mit der Schaltfläche oben an; der Verbindungstest braucht diese Anmeldung.</translation>
    </message>
    <message>
        <source>Looking for the settings of %1…</source>
        <translation>Einstellungen für %1 werden gesucht …</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
</context>
<context>
    <name>AccountOptions</name>
    <message>
        <source>Use this account of the accounts file, by its [section] name or the name the tray app shows: its server, security, user, folders, trusted certificate and password source (password-command or keyring). Options given too override the account&apos;s values.</source>
        <translation>Dieses Konto aus der Kontendatei verwenden, über seinen Abschnittsnamen ([section]) oder den Namen, den die grafische Anwendung anzeigt: seinen Server, die Sicherheit, den Benutzer, die Ordner, das vertrauenswürdige Zertifikat und die Passwortquelle (password-command oder Schlüsselbund). Zusätzlich angegebene Optionen überschreiben die Werte des Kontos.</translation>
    </message>
    <message>
        <source>name</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;name&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation>name</translation>
    </message>
    <message>
        <source>Accounts file to read (default %1; format in docs/config.md).</source>
        <translation>Zu lesende Kontendatei (Vorgabe %1; Format in docs/config.md).</translation>
    </message>
    <message>
        <source>file</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;file&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation>file</translation>
    </message>
    <message>
        <source>IMAP server host name (also the name checked in its certificate).</source>
        <translation>Hostname des IMAP-Servers (auch der Name, der in seinem Zertifikat geprüft wird).</translation>
    </message>
    <message>
        <source>host</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;host&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation>host</translation>
    </message>
    <message>
        <source>IMAP server port (default 993 for tls, 143 for starttls and plain).</source>
        <translation>Port des IMAP-Servers (Vorgabe 993 für tls, 143 für starttls und plain).</translation>
    </message>
    <message>
        <source>port</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;port&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation>port</translation>
    </message>
    <message>
        <source>Connection security: tls (default), starttls or plain.</source>
        <translation>Verbindungssicherheit: tls (Vorgabe), starttls oder plain.</translation>
    </message>
    <message>
        <source>mode</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;mode&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation>mode</translation>
    </message>
    <message>
        <source>Login user name.</source>
        <translation>Benutzername für die Anmeldung.</translation>
    </message>
    <message>
        <source>user</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;user&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation>user</translation>
    </message>
    <message>
        <source>Program that prints the password on its first line of output. Run without a shell: words are split at spaces, double quotes group them, nothing is expanded.</source>
        <translation>Programm, das das Passwort in der ersten Zeile seiner Ausgabe ausgibt. Es läuft ohne Shell: Wörter werden an Leerzeichen getrennt, doppelte Anführungszeichen fassen sie zusammen, nichts wird expandiert.</translation>
    </message>
    <message>
        <source>command</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;command&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation>command</translation>
    </message>
    <message>
        <source>Folder to look at; repeat for several (default INBOX).</source>
        <translation>Zu prüfender Ordner; für mehrere wiederholen (Vorgabe INBOX).</translation>
    </message>
    <message>
        <source>folder</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;folder&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation>folder</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 fingerprint, whoever issued it (64 hex digits, colons allowed, as an untrusted certificate&apos;s error shows it). Check it with the server&apos;s administrator first.</source>
        <translation>Dem Serverzertifikat mit diesem SHA-256-Fingerabdruck vertrauen, egal wer es ausgestellt hat (64 Hexadezimalziffern, Doppelpunkte erlaubt, so wie ihn der Fehler zu einem nicht vertrauenswürdigen Zertifikat zeigt). Gleichen Sie ihn vorher mit dem Administrator des Servers ab.</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;fingerprint&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation>fingerprint</translation>
    </message>
    <message>
        <source>Connect to this address instead of resolving the host name; the certificate must still be valid for --host (tests, split-horizon DNS).</source>
        <translation>Mit dieser Adresse verbinden, statt den Hostnamen aufzulösen; das Zertifikat muss trotzdem für --host gültig sein (Tests, Split-Horizon-DNS).</translation>
    </message>
    <message>
        <source>address</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;address&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation>address</translation>
    </message>
    <message>
        <source>There is no --password option on purpose: other users could read it in the process list. Use --password-command, e.g. --password-command &apos;pass show mail&apos;, or --account with an account whose password is in the keyring or comes from its password-command.</source>
        <translation>Eine Option --password gibt es absichtlich nicht: Andere Benutzer könnten sie in der Prozessliste lesen. Verwenden Sie --password-command, z. B. --password-command &apos;pass show mail&apos;, oder --account mit einem Konto, dessen Passwort im Schlüsselbund liegt oder von seinem password-command kommt.</translation>
    </message>
    <message>
        <source>--host is required: the IMAP server&apos;s host name.</source>
        <translation>--host ist erforderlich: der Hostname des IMAP-Servers.</translation>
    </message>
    <message>
        <source>--security must be tls, starttls or plain, not &quot;%1&quot;.</source>
        <translation>--security muss tls, starttls oder plain sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535, not &quot;%1&quot;.</source>
        <translation>--port muss eine Zahl von 1 bis 65535 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--user is required: the login user name.</source>
        <translation>--user ist erforderlich: der Benutzername für die Anmeldung.</translation>
    </message>
    <message>
        <source>--password-command is required: a program that prints the password.</source>
        <translation>--password-command ist erforderlich: ein Programm, das das Passwort ausgibt.</translation>
    </message>
    <message>
        <source>--folder needs a folder name, not an empty string.</source>
        <translation>--folder braucht einen Ordnernamen, keine leere Zeichenkette.</translation>
    </message>
    <message>
        <source>--cafile: %1.</source>
        <translation>--cafile: %1.</translation>
    </message>
    <message>
        <source>--cafile: cannot read &quot;%1&quot;.</source>
        <translation>--cafile: „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>--cafile: &quot;%1&quot; holds no PEM certificate.</source>
        <translation>--cafile: „%1“ enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>--pin-sha256 must be a SHA-256 fingerprint: 64 hex digits, colons allowed (AB:CD:...), not &quot;%1&quot;.</source>
        <translation>--pin-sha256 muss ein SHA-256-Fingerabdruck sein: 64 Hexadezimalziffern, Doppelpunkte erlaubt (AB:CD:...), nicht „%1“.</translation>
    </message>
    <message>
        <source>--connect-address needs an address.</source>
        <translation>--connect-address braucht eine Adresse.</translation>
    </message>
    <message>
        <source>--protocol-log needs a file name.</source>
        <translation>--protocol-log braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>give one --account; run the command once per account.</source>
        <translation>Geben Sie nur ein --account an; führen Sie den Befehl einmal pro Konto aus.</translation>
    </message>
    <message>
        <source>--%1 cannot apply to several accounts; give one --account with it, or put it in the accounts file.</source>
        <translation>--%1 kann nicht für mehrere Konten gelten; geben Sie dazu nur ein --account an oder tragen Sie es in die Kontendatei ein.</translation>
    </message>
    <message>
        <source>--account: no account &quot;%1&quot;: %2 has no usable account.</source>
        <translation>--account: kein Konto „%1“: %2 enthält kein verwendbares Konto.</translation>
    </message>
    <message>
        <source>--account: no account &quot;%1&quot; in %2; its accounts are: %3.</source>
        <translation>--account: kein Konto „%1“ in %2; die Konten dort sind: %3.</translation>
    </message>
    <message>
        <source>no accounts: the accounts file %1 does not exist.
Set up an account in the tray app (run mailbell), or create the file with one [section] per account (see docs/config.md), e.g.
  [work]
  host = imap.example.org
  user = alice
  password-command = pass show mail/work
or give one account with --host, --user and --password-command.</source>
        <translation>keine Konten: Die Kontendatei %1 existiert nicht.
Richten Sie ein Konto in der grafischen Anwendung ein (mailbell starten) oder legen Sie die Datei mit einem Abschnitt [section] pro Konto an (siehe docs/config.md), z. B.
  [work]
  host = imap.example.org
  user = alice
  password-command = pass show mail/work
oder geben Sie ein Konto mit --host, --user und --password-command an.</translation>
    </message>
    <message>
        <source>no usable account in %1. Add a [section] with host, user and password-command (see docs/config.md), or fix the errors above.</source>
        <translation>kein verwendbares Konto in %1. Fügen Sie einen Abschnitt [section] mit host, user und password-command hinzu (siehe docs/config.md) oder beheben Sie die Fehler oben.</translation>
    </message>
    <message>
        <source>Append the IMAP dialog to this file, with passwords and tokens redacted. At %1 MiB the file is renamed to &lt;file&gt;.1 (replacing an older &lt;file&gt;.1) and a new one begins; a FIFO, device or symlink (e.g. /dev/stderr) is written to, never renamed. If writing fails (disk full, ...), a warning says so once and the command runs on without the log.</source>
        <translation>Den IMAP-Dialog an diese Datei anhängen, mit unkenntlich gemachten Passwörtern und Tokens. Bei %1 MiB wird die Datei in &lt;file&gt;.1 umbenannt (ein älteres &lt;file&gt;.1 wird ersetzt) und eine neue begonnen; in ein FIFO, ein Gerät oder einen symbolischen Link (z. B. /dev/stderr) wird nur geschrieben, umbenannt wird nie. Schlägt das Schreiben fehl (Datenträger voll, ...), meldet eine Warnung das einmal, und der Befehl läuft ohne Protokollmitschnitt weiter.</translation>
    </message>
    <message>
        <source>--account: the accounts file %1 does not exist. Set up the account in the tray app (run mailbell), or give --config &lt;file&gt;.</source>
        <translation>--account: Die Kontendatei %1 existiert nicht. Richten Sie das Konto in der grafischen Anwendung ein (mailbell starten) oder geben Sie --config &lt;file&gt; an.</translation>
    </message>
    <message>
        <source>--config names the accounts file for --account: give --account &lt;name&gt; too, or use --host, --user and --password-command without --config.</source>
        <translation>--config nennt die Kontendatei für --account: Geben Sie auch --account &lt;name&gt; an oder verwenden Sie --host, --user und --password-command ohne --config.</translation>
    </message>
    <message>
        <source>Or use --account &lt;name&gt;, one of the accounts in %1: %2.</source>
        <translation>Oder verwenden Sie --account &lt;name&gt;, eines der Konten in %1: %2.</translation>
    </message>
    <message>
        <source>--%1 belongs to one account: give --account &lt;name&gt; (or --host, --user and --password-command) too, or put it in the accounts file.</source>
        <translation>--%1 gehört zu einem Konto: Geben Sie auch --account &lt;name&gt; (oder --host, --user und --password-command) an oder tragen Sie es in die Kontendatei ein.</translation>
    </message>
</context>
<context>
    <name>AccountStatusWords</name>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>waiting for the password</source>
        <translation>wartet auf das Passwort</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>synchronizing</source>
        <translation>synchronisiert</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline, reconnecting</source>
        <translation>offline, verbindet erneut</translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <extracomment>an account&apos;s state (tray tooltip, status lines): it cannot sign in and waits for new credentials; compare &quot;authentication failed&quot;, the kind of an error</extracomment>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>the server name was not found; check the host name and the network</source>
        <translation>der Servername wurde nicht gefunden; prüfen Sie den Hostnamen und das Netzwerk</translation>
    </message>
    <message>
        <source>the server refused the connection; check the port</source>
        <translation>der Server hat die Verbindung abgelehnt; prüfen Sie den Port</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>the server&apos;s certificate changed since you trusted it; Mailbell does not connect until you review it in the account settings</source>
        <translation>das Zertifikat des Servers hat sich geändert, seit Sie ihm vertraut haben; Mailbell verbindet sich erst wieder, wenn Sie es in den Kontoeinstellungen geprüft haben</translation>
    </message>
    <message>
        <source>a secure connection could not be set up</source>
        <translation>es konnte keine sichere Verbindung aufgebaut werden</translation>
    </message>
    <message>
        <source>the server does not offer a secure connection (STARTTLS)</source>
        <translation>der Server bietet keine sichere Verbindung an (STARTTLS)</translation>
    </message>
    <message>
        <source>the server offers no sign-in method this account may use</source>
        <translation>der Server bietet keine Anmeldemethode an, die dieses Konto verwenden darf</translation>
    </message>
    <message>
        <source>the user name or password was rejected</source>
        <translation>der Benutzername oder das Passwort wurde abgelehnt</translation>
    </message>
    <message>
        <source>the server sent a response Mailbell did not understand (%1)</source>
        <extracomment>%1 names the response in IMAP terms, e.g. &quot;untagged FETCH&quot; (not translated)</extracomment>
        <translation>der Server hat eine Antwort gesendet, die Mailbell nicht versteht (%1)</translation>
    </message>
    <message>
        <source>the server sent something Mailbell did not understand</source>
        <translation>der Server hat etwas gesendet, das Mailbell nicht versteht</translation>
    </message>
    <message>
        <source>the server closed the session</source>
        <translation>der Server hat die Sitzung beendet</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>die Verbindung wurde unterbrochen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>a folder could not be opened</source>
        <translation>ein Ordner konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>the message no longer exists on the server</source>
        <translation>die Nachricht existiert auf dem Server nicht mehr</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is for another server name (host name mismatch)</source>
        <translation>das Zertifikat des Servers gilt für einen anderen Servernamen (Hostname stimmt nicht überein)</translation>
    </message>
    <message>
        <source>the server&apos;s certificate has expired</source>
        <translation>das Zertifikat des Servers ist abgelaufen</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not valid yet; check this computer&apos;s date and time</source>
        <translation>das Zertifikat des Servers ist noch nicht gültig; prüfen Sie Datum und Uhrzeit dieses Rechners</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is self-signed: no authority vouches for it</source>
        <translation>das Zertifikat des Servers ist selbst signiert: keine Zertifizierungsstelle bürgt dafür</translation>
    </message>
    <message>
        <source>the server&apos;s certificate was issued by an authority this computer does not know</source>
        <translation>das Zertifikat des Servers wurde von einer Zertifizierungsstelle ausgestellt, die dieser Rechner nicht kennt</translation>
    </message>
    <message>
        <source>the server&apos;s certificate changed since you trusted it</source>
        <translation>das Zertifikat des Servers hat sich geändert, seit Sie ihm vertraut haben</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted</source>
        <translation>das Zertifikat des Servers ist nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no error</source>
        <translation>kein Fehler</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>TLS certificate not trusted</source>
        <translation>TLS-Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>TLS certificate changed</source>
        <translation>TLS-Zertifikat geändert</translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation>TLS fehlgeschlagen</translation>
    </message>
    <message>
        <source>STARTTLS unavailable</source>
        <translation>STARTTLS nicht verfügbar</translation>
    </message>
    <message>
        <source>authentication unavailable</source>
        <translation>Authentifizierung nicht verfügbar</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <extracomment>the kind of an error, before its explanation (&quot;authentication failed: the user name or password was rejected&quot;); compare &quot;sign-in failed&quot;, an account&apos;s state</extracomment>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>Protokollfehler</translation>
    </message>
    <message>
        <source>server ended the session</source>
        <translation>Server hat die Sitzung beendet</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>folder unavailable</source>
        <translation>Ordner nicht verfügbar</translation>
    </message>
    <message>
        <source>message no longer there</source>
        <translation>Nachricht nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>Check the spelling of the server name (for example imap.example.com) and that this computer is online.</source>
        <translation>Prüfen Sie die Schreibweise des Servernamens (zum Beispiel imap.example.com) und ob dieser Rechner online ist.</translation>
    </message>
    <message>
        <source>Check the port: 993 for TLS, 143 for STARTTLS. A firewall may also block it.</source>
        <translation>Prüfen Sie den Port: 993 für TLS, 143 für STARTTLS. Auch eine Firewall kann ihn blockieren.</translation>
    </message>
    <message>
        <source>Check the server name and port, and whether a firewall or proxy holds the connection. Try again later if the server is busy.</source>
        <translation>Prüfen Sie Servername und Port und ob eine Firewall oder ein Proxy die Verbindung aufhält. Versuchen Sie es später erneut, falls der Server ausgelastet ist.</translation>
    </message>
    <message>
        <source>If this is your own server, compare its certificate&apos;s fingerprint with the one the server&apos;s administrator gives you, and trust it only if they match.</source>
        <translation>Wenn dies Ihr eigener Server ist, vergleichen Sie den Fingerabdruck seines Zertifikats mit dem, den Ihnen der Administrator des Servers nennt, und vertrauen Sie ihm nur, wenn beide übereinstimmen.</translation>
    </message>
    <message>
        <source>The server now shows a different certificate from the one you trusted. Ask the server&apos;s administrator whether it was replaced; if not, someone may be intercepting the connection.</source>
        <translation>Der Server zeigt jetzt ein anderes Zertifikat als das, dem Sie vertraut haben. Fragen Sie den Administrator des Servers, ob es ersetzt wurde; falls nicht, könnte jemand die Verbindung abfangen.</translation>
    </message>
    <message>
        <source>Check the security setting: TLS for port 993, STARTTLS for port 143.</source>
        <translation>Prüfen Sie die Sicherheitseinstellung: TLS für Port 993, STARTTLS für Port 143.</translation>
    </message>
    <message>
        <source>Choose TLS (usually port 993) if the server offers it. Mailbell does not send your password over an unencrypted connection by itself.</source>
        <translation>Wählen Sie TLS (meist Port 993), wenn der Server es anbietet. Mailbell sendet Ihr Passwort nicht von sich aus über eine unverschlüsselte Verbindung.</translation>
    </message>
    <message>
        <source>Choose another sign-in method, or enable IMAP access in the account&apos;s web settings.</source>
        <translation>Wählen Sie eine andere Anmeldemethode oder aktivieren Sie den IMAP-Zugriff in den Web-Einstellungen des Kontos.</translation>
    </message>
    <message>
        <source>Check the user name and password. Some providers need an app password or IMAP access enabled in their web settings.</source>
        <translation>Prüfen Sie Benutzername und Passwort. Manche Anbieter verlangen ein App-Passwort oder einen in ihren Web-Einstellungen aktivierten IMAP-Zugriff.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check the server.</source>
        <translation>Versuchen Sie es erneut; wenn es immer wieder passiert, prüfen Sie den Server.</translation>
    </message>
    <message>
        <source>offline, retrying at %1</source>
        <translation>offline, neuer Versuch um %1</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>%1: the server&apos;s certificate changed</source>
        <translation>%1: Das Zertifikat des Servers hat sich geändert</translation>
    </message>
    <message>
        <source>%1 shows a different certificate from the one you trusted. If its administrator did not replace it, someone may be intercepting the connection. Mailbell does not connect to this account until you review the certificate in the account settings.
Trusted SHA-256: %2
Now SHA-256: %3</source>
        <translation>%1 zeigt ein anderes Zertifikat als das, dem Sie vertraut haben. Falls der Administrator es nicht ersetzt hat, könnte jemand die Verbindung abfangen. Mailbell verbindet sich nicht mit diesem Konto, bis Sie das Zertifikat in den Kontoeinstellungen geprüft haben.
Bisher vertraut (SHA-256): %2
Jetzt (SHA-256): %3</translation>
    </message>
    <message>
        <source>%1; SHA-256 fingerprint: %2</source>
        <extracomment>%1 is the error so far (&quot;kind: explanation&quot;), %2 the certificate&apos;s fingerprint</extracomment>
        <translation>%1; SHA-256-Fingerabdruck: %2</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <extracomment>%1 is the error so far (&quot;protocol error: explanation (detail)&quot;), %2 the offset of the fault in the server&apos;s response</extracomment>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <source>%1; the server sent: %2</source>
        <extracomment>%1 is the error so far (&quot;protocol error: explanation&quot;), %2 the start of the server&apos;s line, escaped and shortened</extracomment>
        <translation>%1; der Server hat gesendet: %2</translation>
    </message>
    <message>
        <source>%1; the server said: %2</source>
        <extracomment>%1 is the error so far (&quot;kind: explanation&quot;), %2 the server&apos;s own words</extracomment>
        <translation>%1; der Server sagte: %2</translation>
    </message>
</context>
<context>
    <name>AccountsFile</name>
    <message>
        <source>%1 is a folder, not an accounts file</source>
        <translation>%1 ist ein Ordner, keine Kontendatei</translation>
    </message>
    <message>
        <source>%1: cannot read the accounts file: %2</source>
        <translation>%1: Die Kontendatei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>sie existiert nicht</translation>
    </message>
    <message>
        <source>%1: the accounts file is larger than %2 bytes; is it the right file?</source>
        <translation>%1: Die Kontendatei ist größer als %2 Byte; ist es die richtige Datei?</translation>
    </message>
    <message>
        <source>%1: the line holds a NUL byte</source>
        <translation>%1: Die Zeile enthält ein NUL-Byte</translation>
    </message>
    <message>
        <source>%1: the line is not valid UTF-8</source>
        <translation>%1: Die Zeile ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>%1: a section header must look like [account-id], not &quot;%2&quot;; the lines up to the next valid section are ignored</source>
        <translation>%1: Ein Abschnittskopf muss wie [account-id] aussehen, nicht wie „%2“; die Zeilen bis zum nächsten gültigen Abschnitt werden ignoriert</translation>
    </message>
    <message>
        <source>%1: empty section name []; the lines up to the next section are ignored</source>
        <translation>%1: Leerer Abschnittsname []; die Zeilen bis zum nächsten Abschnitt werden ignoriert</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is outside any [account] section and is ignored</source>
        <translation>%1: „%2“ steht außerhalb jedes [account]-Abschnitts und wird ignoriert</translation>
    </message>
    <message>
        <source>%1: account &quot;%2&quot;: &quot;%3&quot; is not a &quot;key = value&quot; line</source>
        <translation>%1: Konto „%2“: „%3“ ist keine Zeile der Form „key = value“</translation>
    </message>
    <message>
        <source>%1: account &quot;%2&quot;, key &quot;%3&quot;: %4</source>
        <translation>%1: Konto „%2“, Schlüssel „%3“: %4</translation>
    </message>
    <message>
        <source>the accounts file must never hold a password; use password-command with a program that prints it</source>
        <translation>die Kontendatei darf nie ein Passwort enthalten; verwenden Sie password-command mit einem Programm, das es ausgibt</translation>
    </message>
    <message>
        <source>%1: account &quot;%2&quot;: unknown key &quot;%3&quot; is ignored</source>
        <translation>%1: Konto „%2“: Der unbekannte Schlüssel „%3“ wird ignoriert</translation>
    </message>
    <message>
        <source>%1: account &quot;%2&quot;: key &quot;%3&quot; is given again; line %4 wins</source>
        <translation>%1: Konto „%2“: Der Schlüssel „%3“ ist erneut angegeben; Zeile %4 gilt</translation>
    </message>
    <message>
        <source>%1: account &quot;%2&quot;: key &quot;%3&quot; is missing: %4</source>
        <translation>%1: Konto „%2“: Der Schlüssel „%3“ fehlt: %4</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>the IMAP server&apos;s host name</source>
        <translation>der Hostname des IMAP-Servers</translation>
    </message>
    <message>
        <source>the login user name</source>
        <translation>der Benutzername für die Anmeldung</translation>
    </message>
    <message>
        <source>must be tls, starttls or plain, not &quot;%1&quot;</source>
        <translation>muss tls, starttls oder plain sein, nicht „%1“</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2, not &quot;%3&quot;</source>
        <translation>muss eine Zahl von %1 bis %2 sein, nicht „%3“</translation>
    </message>
    <message>
        <source>must be true or false, not &quot;%1&quot;</source>
        <translation>muss true oder false sein, nicht „%1“</translation>
    </message>
    <message>
        <source>must be a colour such as #3465a4 or &quot;teal&quot;, not &quot;%1&quot;</source>
        <translation>muss eine Farbe wie #3465a4 oder „teal“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>is a comma-separated list of folder names and has an empty one in &quot;%1&quot;</source>
        <translation>ist eine kommagetrennte Liste von Ordnernamen, enthält aber einen leeren: „%1“</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;</source>
        <translation>„%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no PEM certificate</source>
        <translation>„%1“ enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>must be password, xoauth2 or oauthbearer, not &quot;%1&quot;</source>
        <translation>muss password, xoauth2 oder oauthbearer sein, nicht „%1“</translation>
    </message>
    <message>
        <source>must be keyring or ask, not &quot;%1&quot;</source>
        <translation>muss keyring oder ask sein, nicht „%1“</translation>
    </message>
    <message>
        <source>must be google or microsoft, not &quot;%1&quot;</source>
        <translation>muss google oder microsoft sein, nicht „%1“</translation>
    </message>
    <message>
        <source>google or microsoft, for OAuth 2 sign-in</source>
        <translation>google oder microsoft, für die Anmeldung mit OAuth 2</translation>
    </message>
    <message>
        <source>cannot be used with OAuth 2 sign-in (auth = %1)</source>
        <translation>kann nicht mit der Anmeldung über OAuth 2 verwendet werden (auth = %1)</translation>
    </message>
    <message>
        <source>must be a SHA-256 fingerprint (64 hex digits, colons allowed), not &quot;%1&quot;</source>
        <translation>muss ein SHA-256-Fingerabdruck sein (64 Hexadezimalziffern, Doppelpunkte erlaubt), nicht „%1“</translation>
    </message>
    <message>
        <source>%1: account &quot;%2&quot;: the id &quot;%3&quot; is already used by an earlier account</source>
        <translation>%1: Konto „%2“: Die ID „%3“ wird schon von einem früheren Konto verwendet</translation>
    </message>
    <message>
        <source>The account id &quot;%1&quot; cannot be used.</source>
        <translation>Die Konto-ID „%1“ kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The accounts file never holds a secret (key &quot;%1&quot;).</source>
        <translation>Die Kontendatei enthält nie ein Geheimnis (Schlüssel „%1“).</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;.</source>
        <translation>Unbekannter Schlüssel „%1“.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; must be one line without NUL characters.</source>
        <translation>Der Wert von „%1“ muss eine Zeile ohne NUL-Zeichen sein.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot add an account: %1.</source>
        <translation>Das Konto kann nicht hinzugefügt werden: %1.</translation>
    </message>
    <message>
        <source>An account with the id &quot;%1&quot; already exists.</source>
        <translation>Ein Konto mit der ID „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>The new account would not load.</source>
        <translation>Das neue Konto ließe sich nicht laden.</translation>
    </message>
    <message>
        <source>cannot read the accounts file: %1</source>
        <extracomment>%1 says what the path is instead, e.g. &quot;/x is a folder, not a regular file&quot;</extracomment>
        <translation>Die Kontendatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1; account &quot;%2&quot; skipped</source>
        <extracomment>%1 is the problem found in the account&apos;s section (a whole sentence without a final period), %2 the section&apos;s name</extracomment>
        <translation>%1; Konto „%2“ übersprungen</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Tick an account to watch it; untick to pause it</source>
        <translation>Haken setzen, um ein Konto zu überwachen; Haken entfernen, um es zu pausieren</translation>
    </message>
    <message>
        <source>Accounts to &amp;watch (untick to pause one):</source>
        <translation>&amp;Überwachte Konten (Haken entfernen zum Pausieren):</translation>
    </message>
    <message>
        <source>Paused: tick to watch this account again</source>
        <translation>Pausiert: Haken setzen, um dieses Konto wieder zu überwachen</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot;? Mailbell stops watching it and forgets its saved password. The mail on the server stays.</source>
        <translation>Das Konto „%1“ entfernen? Mailbell überwacht es dann nicht mehr und vergisst sein gespeichertes Passwort. Die E-Mails auf dem Server bleiben erhalten.</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>Behal&amp;ten</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
</context>
<context>
    <name>AccountsWriter</name>
    <message>
        <source>The account id &quot;%1&quot; cannot be used.</source>
        <translation>Die Konto-ID „%1“ kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Two accounts have the id &quot;%1&quot;.</source>
        <translation>Zwei Konten haben die ID „%1“.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;: the value of &quot;%2&quot; must be one line.</source>
        <translation>Konto „%1“: Der Wert von „%2“ muss eine Zeile sein.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; would not load back.</source>
        <translation>Konto „%1“ ließe sich nicht wieder laden.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;: &quot;%2&quot; cannot be stored as &quot;%3&quot;; it would read back as &quot;%4&quot;.</source>
        <translation>Konto „%1“: „%2“ kann nicht als „%3“ gespeichert werden; es würde als „%4“ zurückgelesen.</translation>
    </message>
    <message>
        <source>Cannot save %1: it is a folder, not a file.</source>
        <translation>%1 kann nicht gespeichert werden: Es ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Cannot save %1: cannot read it first: %2</source>
        <translation>%1 kann nicht gespeichert werden: Es kann vorher nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot save: %1.</source>
        <translation>Speichern nicht möglich: %1.</translation>
    </message>
    <message>
        <source>Cannot save %1: it is larger than %2 bytes.</source>
        <translation>%1 kann nicht gespeichert werden: Es ist größer als %2 Byte.</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot save %1: it is a folder, not a file.</source>
        <translation>%1 kann nicht gespeichert werden: Es ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Cannot save: %1.</source>
        <translation>Speichern nicht möglich: %1.</translation>
    </message>
    <message>
        <source>Cannot save %1: cannot create a temporary file in its folder: %2</source>
        <translation>%1 kann nicht gespeichert werden: In seinem Ordner kann keine temporäre Datei angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2: %3</source>
        <translation>%1 kann nicht gespeichert werden: %2: %3</translation>
    </message>
    <message>
        <source>cannot set its permissions</source>
        <translation>Zugriffsrechte können nicht gesetzt werden</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>Schreiben nicht möglich</translation>
    </message>
    <message>
        <source>cannot flush to disk</source>
        <translation>Schreiben auf den Datenträger nicht möglich</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved %1, but cannot flush its folder to disk: %2</source>
        <translation>%1 wurde gespeichert, aber sein Ordner kann nicht auf den Datenträger geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>AutoconfigFetcher</name>
    <message>
        <source>no answer within %1 seconds</source>
        <translation>keine Antwort innerhalb von %1 Sekunden</translation>
    </message>
    <message>
        <source>the document is larger than %1 KiB</source>
        <translation>das Dokument ist größer als %1 KiB</translation>
    </message>
    <message>
        <source>autoconfig %1: %2</source>
        <translation>autoconfig %1: %2</translation>
    </message>
    <message>
        <source>a redirect without a valid location</source>
        <translation>eine Weiterleitung ohne gültiges Ziel</translation>
    </message>
    <message>
        <source>refused a redirect to %1 (not HTTPS)</source>
        <translation>Weiterleitung nach %1 abgelehnt (kein HTTPS)</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>mehr als %1 Weiterleitungen</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>der Server antwortete mit HTTP %1</translation>
    </message>
</context>
<context>
    <name>AutoconfigParser</name>
    <message>
        <source>not valid XML (line %1: %2)</source>
        <translation>kein gültiges XML (Zeile %1: %2)</translation>
    </message>
    <message>
        <source>not an autoconfig document (no clientConfig element)</source>
        <translation>kein Autoconfig-Dokument (kein clientConfig-Element)</translation>
    </message>
    <message>
        <source>autoconfig %1: an IMAP server without a valid host name and port</source>
        <translation>autoconfig %1: ein IMAP-Server ohne gültigen Hostnamen und Port</translation>
    </message>
    <message>
        <source>autoconfig %1: %2 is offered without encryption (refused)</source>
        <translation>autoconfig %1: %2 wird ohne Verschlüsselung angeboten (abgelehnt)</translation>
    </message>
    <message>
        <source>autoconfig %1: %2 offers no sign-in method Mailbell supports (%3)</source>
        <translation>autoconfig %1: %2 bietet keine Anmeldemethode an, die Mailbell unterstützt (%3)</translation>
    </message>
    <message>
        <source>Autoconfig from %1</source>
        <translation>Autoconfig von %1</translation>
    </message>
    <message>
        <source>autoconfig %1: no IMAP server (only POP3 or others)</source>
        <translation>autoconfig %1: kein IMAP-Server (nur POP3 oder andere)</translation>
    </message>
    <message>
        <source>autoconfig %1: no incoming server</source>
        <translation>autoconfig %1: kein Posteingangsserver</translation>
    </message>
</context>
<context>
    <name>Autodetector</name>
    <message>
        <source>&quot;%1&quot; is not an email address (name@example.org).</source>
        <translation>„%1“ ist keine E-Mail-Adresse (name@example.org).</translation>
    </message>
    <message>
        <source>%1 is a local name: there is nothing to look up.</source>
        <translation>%1 ist ein lokaler Name: Es gibt nichts nachzuschlagen.</translation>
    </message>
    <message>
        <source>No settings can be looked up for %1, a local name; enter the server below.</source>
        <translation>Für %1, einen lokalen Namen, lassen sich keine Einstellungen nachschlagen; geben Sie den Server unten ein.</translation>
    </message>
    <message>
        <source>Not among the known providers</source>
        <translation>Nicht unter den bekannten Anbietern</translation>
    </message>
    <message>
        <source>Found through DNS: check that %1 is your provider&apos;s server.</source>
        <translation>Über DNS gefunden: Prüfen Sie, ob %1 der Server Ihres Anbieters ist.</translation>
    </message>
    <message>
        <source>This server offers only STARTTLS, not a TLS connection from the start.</source>
        <translation>Dieser Server bietet nur STARTTLS an, keine von Anfang an per TLS verschlüsselte Verbindung.</translation>
    </message>
    <message>
        <source>Looking up %1 among the known providers…</source>
        <translation>%1 wird unter den bekannten Anbietern gesucht …</translation>
    </message>
    <message>
        <source>Asking DNS about %1…</source>
        <translation>DNS wird nach %1 gefragt …</translation>
    </message>
    <message>
        <source>Asking %1 for its configuration…</source>
        <translation>%1 wird nach seiner Konfiguration gefragt …</translation>
    </message>
    <message>
        <source>Asking DNS who handles mail for %1…</source>
        <translation>DNS wird gefragt, wer E-Mails für %1 annimmt …</translation>
    </message>
</context>
<context>
    <name>CertificateTrustDialog</name>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation>Abgelaufen am %1.</translation>
    </message>
    <message>
        <source>Not yet valid: valid from %1.</source>
        <translation>Noch nicht gültig: gültig ab %1.</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>The server %1 showed a certificate that this computer does not trust. Trust it only if you know it is your server&apos;s certificate, for example because its SHA-256 fingerprint matches the one its administrator gave you.</source>
        <translation>Der Server %1 hat ein Zertifikat gezeigt, dem dieser Rechner nicht vertraut. Vertrauen Sie ihm nur, wenn Sie wissen, dass es das Zertifikat Ihres Servers ist, zum Beispiel weil sein SHA-256-Fingerabdruck mit dem übereinstimmt, den Ihnen der Administrator genannt hat.</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>%1 (issued by %2)</source>
        <translation>%1 (ausgestellt von %2)</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Zertifikatskette:</translation>
    </message>
    <message>
        <source>Do not trust</source>
        <translation>Nicht vertrauen</translation>
    </message>
    <message>
        <source>Trust this certificate for this account</source>
        <translation>Diesem Zertifikat für dieses Konto vertrauen</translation>
    </message>
    <message>
        <source>Changed certificate</source>
        <translation>Geändertes Zertifikat</translation>
    </message>
    <message>
        <source>This certificate differs from the one you trusted for %1 before (SHA-256 %2). If the server&apos;s administrator did not replace it, someone may be intercepting the connection.</source>
        <translation>Dieses Zertifikat unterscheidet sich von dem, dem Sie für %1 zuvor vertraut haben (SHA-256 %2). Falls der Administrator des Servers es nicht ersetzt hat, könnte jemand die Verbindung abfangen.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>mailbell check: %1</source>
        <translation>mailbell check: %1</translation>
    </message>
    <message>
        <source>mailbell check: account &quot;%1&quot; signs in with OAuth 2, which check does not do yet; use mailbell watch --account %1.</source>
        <translation>mailbell check: Das Konto „%1“ meldet sich mit OAuth 2 an, was check noch nicht kann; verwenden Sie mailbell watch --account %1.</translation>
    </message>
    <message>
        <source>mailbell check: cannot write the protocol log: %1</source>
        <translation>mailbell check: Der Protokollmitschnitt kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot get the status of folder &quot;%1&quot;: the server said: %2</source>
        <translation>Der Status des Ordners „%1“ kann nicht abgefragt werden: Der Server sagte: %2</translation>
    </message>
    <message>
        <source>protocol error: the server&apos;s STATUS reply for folder &quot;%1&quot; lacks MESSAGES or UNSEEN</source>
        <translation>Protokollfehler: Der STATUS-Antwort des Servers für den Ordner „%1“ fehlt MESSAGES oder UNSEEN</translation>
    </message>
    <message>
        <source>%1/%2: %3 unseen of %4</source>
        <translation>%1/%2: %3 ungelesen von %4</translation>
    </message>
    <message>
        <source>Connects once to one account (--account &lt;name&gt; from the accounts file, or one given with --host, --user and --password-command), prints the unseen and total message counts of each folder and exits 0 when no folder has unseen mail, 1 when some folder has, 2 on any error.</source>
        <translation>Verbindet sich einmal mit einem Konto (--account &lt;name&gt; aus der Kontendatei oder eines, das mit --host, --user und --password-command angegeben ist), gibt für jeden Ordner die Zahl der ungelesenen und aller Nachrichten aus und endet mit 0, wenn kein Ordner ungelesene E-Mails hat, mit 1, wenn ein Ordner welche hat, und mit 2 bei jedem Fehler.</translation>
    </message>
</context>
<context>
    <name>CommandAdvice</name>
    <message>
        <source>Port %1 speaks plain IMAP; use --security starttls</source>
        <translation>Port %1 spricht unverschlüsseltes IMAP; verwenden Sie --security starttls</translation>
    </message>
    <message>
        <source>Port %1 speaks TLS (implicit TLS); use --security tls</source>
        <translation>Port %1 spricht TLS (implizites TLS); verwenden Sie --security tls</translation>
    </message>
    <message>
        <source>To trust this certificate, first compare its fingerprint with the one the server&apos;s administrator gives you; if they match, add:</source>
        <translation>Um diesem Zertifikat zu vertrauen, vergleichen Sie zuerst seinen Fingerabdruck mit dem, den Ihnen der Administrator des Servers nennt; wenn beide übereinstimmen, ergänzen Sie:</translation>
    </message>
    <message>
        <source>Only if the server&apos;s administrator confirms that the certificate was replaced, trust the new one; add:</source>
        <translation>Vertrauen Sie dem neuen Zertifikat nur, wenn der Administrator des Servers bestätigt, dass es ersetzt wurde; ergänzen Sie dann:</translation>
    </message>
    <message>
        <source>or, to keep trusting it, write this line in the account&apos;s section [%1] of the accounts file (the tray app&apos;s certificate trust does the same):</source>
        <extracomment>%1 is the account&apos;s section name in the accounts file</extracomment>
        <translation>oder, um ihm dauerhaft zu vertrauen, schreiben Sie diese Zeile in den Abschnitt [%1] des Kontos in der Kontendatei (das Vertrauen in ein Zertifikat in der grafischen Anwendung bewirkt dasselbe):</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Enter the server name first.</source>
        <translation>Geben Sie zuerst den Servernamen ein.</translation>
    </message>
    <message>
        <source>Cancel &amp;test</source>
        <translation>&amp;Test abbrechen</translation>
    </message>
    <message>
        <source>✔ Connection works</source>
        <translation>✔ Verbindung funktioniert</translation>
    </message>
    <message>
        <source>✖ Connection failed</source>
        <translation>✖ Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 wird gesucht …</translation>
    </message>
    <message>
        <source>Connecting to %1 on port %2…</source>
        <translation>Verbindung mit %1 auf Port %2 …</translation>
    </message>
    <message>
        <source>Setting up a secure connection (STARTTLS)…</source>
        <translation>Sichere Verbindung wird aufgebaut (STARTTLS) …</translation>
    </message>
    <message>
        <source>Setting up a secure connection (TLS)…</source>
        <translation>Sichere Verbindung wird aufgebaut (TLS) …</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Anmeldung als %1 …</translation>
    </message>
    <message>
        <source>Signed in. Listing folders…</source>
        <translation>Angemeldet. Ordner werden aufgelistet …</translation>
    </message>
    <message numerus="yes">
        <source>Signed in and found %n folder(s).</source>
        <translation>
            <numerusform>Angemeldet, %n Ordner gefunden.</numerusform>
            <numerusform>Angemeldet, %n Ordner gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server lists more folders; only the first %L1 are shown.</source>
        <translation>Der Server listet weitere Ordner auf; nur die ersten %L1 werden angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n folder name(s) could not be read and are left out.</source>
        <translation>
            <numerusform>%n Ordnername konnte nicht gelesen werden und wird ausgelassen.</numerusform>
            <numerusform>%n Ordnernamen konnten nicht gelesen werden und werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server does not push new mail (no IDLE): Mailbell will check periodically.</source>
        <translation>Der Server meldet neue E-Mails nicht von selbst (kein IDLE): Mailbell prüft regelmäßig.</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test abgebrochen.</translation>
    </message>
    <message>
        <source>Failed: %1.</source>
        <translation>Fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <translation>Der Server sagte: „%1“</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
</context>
<context>
    <name>CredentialBroker</name>
    <message>
        <source>This account has no OAuth provider (oauth-provider).</source>
        <translation>Dieses Konto hat keinen OAuth-Anbieter (oauth-provider).</translation>
    </message>
    <message numerus="yes">
        <source>The keyring did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No desktop session bus (D-Bus): the keyring (Secret Service) cannot be reached.</source>
        <translation>Kein Sitzungsbus der Arbeitsumgebung (D-Bus): Der Schlüsselbund (Secret Service) ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>No keyring (Secret Service, such as GNOME Keyring or KWallet) is running in this desktop session: passwords cannot be saved.</source>
        <translation>In dieser Sitzung läuft kein Schlüsselbund (Secret Service, etwa GNOME Keyring oder KWallet): Passwörter können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>No keyring (Secret Service) is available: passwords cannot be saved. %1</source>
        <translation>Kein Schlüsselbund (Secret Service) verfügbar: Passwörter können nicht gespeichert werden. %1</translation>
    </message>
    <message>
        <source>The keyring refused access: %1</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>Keyring error: %1</source>
        <translation>Schlüsselbundfehler: %1</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message numerus="yes">
        <source>mailbell demo: started a private IMAP server on 127.0.0.1:%1 (user &quot;demo&quot;, %n sample message(s) already in its mailboxes).</source>
        <translation>
            <numerusform>mailbell demo: Ein privater IMAP-Server auf 127.0.0.1:%1 wurde gestartet (Benutzer „demo“, %n Beispielnachricht bereits in seinen Postfächern).</numerusform>
            <numerusform>mailbell demo: Ein privater IMAP-Server auf 127.0.0.1:%1 wurde gestartet (Benutzer „demo“, %n Beispielnachrichten bereits in seinen Postfächern).</numerusform>
        </translation>
    </message>
    <message>
        <source>The Mailbell tray app is watching it: look at the Mailbell icon in your panel&apos;s system tray, where a new sample message is announced every %1 s.</source>
        <translation>Die grafische Mailbell-Anwendung überwacht ihn: Achten Sie auf das Mailbell-Symbol im Systemabschnitt Ihrer Leiste, wo alle %1 s eine neue Beispielnachricht gemeldet wird.</translation>
    </message>
    <message>
        <source>Your own mail accounts are not touched; to try one, add it in the tray menu&apos;s Settings: it is saved for the normal &apos;mailbell&apos; too.</source>
        <translation>Ihre eigenen E-Mail-Konten bleiben unberührt; um eines auszuprobieren, fügen Sie es im Menü des Symbols unter „Einstellungen“ hinzu: Es wird auch für das normale &apos;mailbell&apos; gespeichert.</translation>
    </message>
    <message>
        <source>Stop with Ctrl+C here, or Quit in the tray icon&apos;s menu.</source>
        <translation>Beenden Sie hier mit Ctrl+C oder mit „Beenden“ im Menü des Symbols.</translation>
    </message>
    <message>
        <source>A new sample message arrives every %1 s; its event is printed as &apos;mailbell watch&apos; prints it.</source>
        <translation>Alle %1 s kommt eine neue Beispielnachricht an; ihr Ereignis wird so ausgegeben, wie &apos;mailbell watch&apos; es ausgibt.</translation>
    </message>
    <message>
        <source>Stop with Ctrl+C.</source>
        <translation>Beenden mit Ctrl+C.</translation>
    </message>
    <message>
        <source>Starts a private mail server with a demo account that receives a sample message every few seconds, and shows Mailbell at work on it: the tray app when there is a display, otherwise the events as &apos;mailbell watch&apos; prints them. Needs the Debian packages dovecot-core and dovecot-imapd; touches no real mail account. Runs until interrupted (Ctrl+C or SIGTERM) or the tray app quits.</source>
        <translation>Startet einen privaten Mailserver mit einem Demokonto, das alle paar Sekunden eine Beispielnachricht erhält, und zeigt Mailbell daran in Aktion: mit der grafischen Anwendung, wenn eine Anzeige vorhanden ist, sonst die Ereignisse so, wie &apos;mailbell watch&apos; sie ausgibt. Benötigt die Debian-Pakete dovecot-core und dovecot-imapd; berührt kein echtes E-Mail-Konto. Läuft, bis es unterbrochen wird (Ctrl+C oder SIGTERM) oder die grafische Anwendung beendet wird.</translation>
    </message>
    <message>
        <source>Without the tray app: print one JSON object per line, as &apos;mailbell watch --json&apos; does; nothing else goes to standard output.</source>
        <translation>Ohne grafische Anwendung: ein JSON-Objekt pro Zeile ausgeben, wie &apos;mailbell watch --json&apos; es tut; sonst geht nichts auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>Print the events even when there is a display (no tray app).</source>
        <translation>Die Ereignisse auch dann ausgeben, wenn eine Anzeige vorhanden ist (keine grafische Anwendung).</translation>
    </message>
    <message>
        <source>Seconds between two sample messages (default %1).</source>
        <translation>Sekunden zwischen zwei Beispielnachrichten (Vorgabe %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;seconds&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation>seconds</translation>
    </message>
    <message>
        <source>mailbell demo: --interval needs a number of seconds from %1 to %2, not &quot;%3&quot;.</source>
        <translation>mailbell demo: --interval braucht eine Anzahl Sekunden von %1 bis %2, nicht „%3“.</translation>
    </message>
    <message>
        <source>mailbell demo: no display (neither DISPLAY nor WAYLAND_DISPLAY is set, or QT_QPA_PLATFORM shows nothing), so no tray icon: printing the demo account&apos;s events as &apos;mailbell watch&apos; does instead.</source>
        <translation>mailbell demo: Keine Anzeige (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt, oder QT_QPA_PLATFORM zeigt nichts an), also kein Symbol im Systemabschnitt: Die Ereignisse des Demokontos werden stattdessen so ausgegeben, wie &apos;mailbell watch&apos; es tut.</translation>
    </message>
    <message>
        <source>mailbell demo: the tray app is not part of this build yet: printing the demo account&apos;s events as &apos;mailbell watch&apos; does instead.</source>
        <translation>mailbell demo: Die grafische Anwendung ist noch nicht Teil dieses Builds: Die Ereignisse des Demokontos werden stattdessen so ausgegeben, wie &apos;mailbell watch&apos; es tut.</translation>
    </message>
    <message>
        <source>mailbell demo: %1</source>
        <translation>mailbell demo: %1</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message numerus="yes">
        <source>The demo runs its own small mail server, Dovecot, which is not fully installed here. Install the Debian package(s) %1, for example with
  sudo apt install %2</source>
        <extracomment>%1 lists the missing packages (comma-separated), %2 the same for the command line</extracomment>
        <translation>
            <numerusform>Die Demo betreibt einen eigenen kleinen Mailserver, Dovecot, der hier nicht vollständig installiert ist. Installieren Sie das Debian-Paket %1, zum Beispiel mit
  sudo apt install %2</numerusform>
            <numerusform>Die Demo betreibt einen eigenen kleinen Mailserver, Dovecot, der hier nicht vollständig installiert ist. Installieren Sie die Debian-Pakete %1, zum Beispiel mit
  sudo apt install %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo mail server did not start: %1</source>
        <translation>Der Demo-Mailserver ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>The demo mail server started but could not be set up: %1</source>
        <translation>Der Demo-Mailserver wurde gestartet, konnte aber nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Could not store a sample message in %1: %2</source>
        <translation>Eine Beispielnachricht konnte nicht in %1 abgelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>DemoTray</name>
    <message>
        <source>%1 (sample server, not saved)</source>
        <translation>%1 (Beispielserver, nicht gespeichert)</translation>
    </message>
    <message>
        <source>The demo account exists only while &apos;mailbell demo&apos; runs: it cannot be edited or removed, and it is never saved. Add your own account with %1</source>
        <extracomment>%1 is the label of the settings button that adds an account (&quot;Add…&quot;)</extracomment>
        <translation>Das Demokonto existiert nur, solange &apos;mailbell demo&apos; läuft: Es kann weder bearbeitet noch entfernt werden und wird nie gespeichert. Fügen Sie Ihr eigenes Konto über „%1“ hinzu.</translation>
    </message>
</context>
<context>
    <name>EventFormatter</name>
    <message>
        <source>Ready: watching %1 in %2.</source>
        <extracomment>%1 is &quot;%n folder(s)&quot;, %2 is &quot;%n account(s)&quot;</extracomment>
        <translation>Bereit: Überwachung von %1 in %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n Ordner</numerusform>
            <numerusform>%n Ordnern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>(unknown sender)</source>
        <translation>(unbekannter Absender)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>%1 New: %2 — %3</source>
        <translation>%1 Neu: %2 — %3</translation>
    </message>
    <message>
        <source>%1 Removed: message %2</source>
        <translation>%1 Entfernt: Nachricht %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 Flags of message %2: %3</source>
        <translation>%1 Flags der Nachricht %2: %3</translation>
    </message>
    <message>
        <source>%1 %2 unseen of %3</source>
        <translation>%1 %2 ungelesen von %3</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source> (next attempt at %1)</source>
        <translation> (nächster Versuch um %1)</translation>
    </message>
    <message>
        <source>[%1] Error: %2</source>
        <translation>[%1] Fehler: %2</translation>
    </message>
    <message>
        <source>[%1] %2 — %3</source>
        <extracomment>%1 the account, %2 its state (&quot;offline, reconnecting&quot;), %3 what went wrong</extracomment>
        <translation>[%1] %2 – %3</translation>
    </message>
</context>
<context>
    <name>ExecRunner</name>
    <message>
        <source>--exec needs a program to run.</source>
        <translation>--exec braucht ein auszuführendes Programm.</translation>
    </message>
    <message>
        <source>--exec: more than %1 messages are waiting; message %2 in %3 is skipped.</source>
        <translation>--exec: Mehr als %1 Nachrichten warten; Nachricht %2 in %3 wird übersprungen.</translation>
    </message>
    <message>
        <source>message %1 in %2</source>
        <translation>Nachricht %1 in %2</translation>
    </message>
    <message>
        <source>--exec: &quot;%1&quot; could not be started for %2: %3</source>
        <translation>--exec: „%1“ konnte für %2 nicht gestartet werden: %3</translation>
    </message>
    <message numerus="yes">
        <source>--exec: &quot;%1&quot; was killed after %n second(s) for %2</source>
        <translation>
            <numerusform>--exec: „%1“ wurde für %2 nach %n Sekunde abgebrochen</numerusform>
            <numerusform>--exec: „%1“ wurde für %2 nach %n Sekunden abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>--exec: &quot;%1&quot; crashed for %2</source>
        <translation>--exec: „%1“ ist für %2 abgestürzt</translation>
    </message>
    <message>
        <source>--exec: &quot;%1&quot; failed with exit code %2 for %3</source>
        <translation>--exec: „%1“ ist für %3 mit Exit-Code %2 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>FileKindWords</name>
    <message>
        <source>%1 is a folder, not a regular file</source>
        <translation>%1 ist ein Ordner, keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 is a character device, not a regular file</source>
        <translation>%1 ist ein zeichenorientiertes Gerät, keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 is a block device, not a regular file</source>
        <translation>%1 ist ein blockorientiertes Gerät, keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 is a named pipe (FIFO), not a regular file</source>
        <translation>%1 ist eine benannte Pipe (FIFO), keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 is a socket, not a regular file</source>
        <translation>%1 ist ein Socket, keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 is a symbolic link, not a regular file</source>
        <translation>%1 ist ein symbolischer Link, keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 cannot be examined, so it is not used</source>
        <translation>%1 kann nicht untersucht werden und wird daher nicht verwendet</translation>
    </message>
</context>
<context>
    <name>FolderTreeModel</name>
    <message>
        <source>All mail</source>
        <translation>Alle Nachrichten</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Wichtig</translation>
    </message>
    <message>
        <source>Junk</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: configured, not (yet) listed by the server</source>
        <translation>%1: eingerichtet, vom Server (noch) nicht aufgelistet</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>S&amp;tart Mailbell when I log in</source>
        <translation>Mailbell bei der Anmeldung &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>A new language applies the next time Mailbell starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Mailbell.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>HeadlessPassword</name>
    <message>
        <source>The account&apos;s password is asked at each start of the tray app and kept nowhere; give --password-command, or add a password-command to the account (see docs/config.md).</source>
        <translation>Das Passwort des Kontos wird bei jedem Start der grafischen Anwendung abgefragt und nirgends gespeichert; geben Sie --password-command an oder ergänzen Sie das Konto um einen password-command (siehe docs/config.md).</translation>
    </message>
    <message>
        <source>The account has no password-command and no password is saved in the keyring for it; add a password-command (see docs/config.md), give --password-command, or save the password from the tray app.</source>
        <translation>Das Konto hat keinen password-command, und im Schlüsselbund ist kein Passwort dafür gespeichert; ergänzen Sie einen password-command (siehe docs/config.md), geben Sie --password-command an oder speichern Sie das Passwort in der grafischen Anwendung.</translation>
    </message>
    <message>
        <source>The account has no password-command and the keyring could not be read: %1</source>
        <translation>Das Konto hat keinen password-command, und der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The server rejected the password and nobody can type another one here; add a password-command to the account (see docs/config.md), or give --password-command.</source>
        <translation>Der Server hat das Passwort abgelehnt, und hier kann niemand ein anderes eingeben; ergänzen Sie das Konto um einen password-command (siehe docs/config.md) oder geben Sie --password-command an.</translation>
    </message>
</context>
<context>
    <name>LanguageLoader</name>
    <message>
        <source>settings.conf: [general] language = &quot;%1&quot; is not a language Qt knows; the system&apos;s language is used.</source>
        <translation>settings.conf: [general] language = &quot;%1&quot; ist keine Sprache, die Qt kennt; die Sprache des Systems wird verwendet.</translation>
    </message>
    <message>
        <source>Mailbell has no translation for &quot;%1&quot; yet; its texts stay in English.</source>
        <translation>Mailbell hat noch keine Übersetzung für „%1“; die Texte bleiben englisch.</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Check every account for new mail now (in the running Mailbell, which is started first when it is not running).</source>
        <translation>Alle Konten jetzt auf neue E-Mails prüfen (im laufenden Mailbell, das zuerst gestartet wird, falls es nicht läuft).</translation>
    </message>
    <message>
        <source>Open the settings (in the running Mailbell, which is started first when it is not running).</source>
        <translation>Die Einstellungen öffnen (im laufenden Mailbell, das zuerst gestartet wird, falls es nicht läuft).</translation>
    </message>
</context>
<context>
    <name>MailClientLauncher</name>
    <message>
        <source>The webmail address “%1” is not valid.</source>
        <translation>Die Webmail-Adresse „%1“ ist ungültig.</translation>
    </message>
    <message>
        <source>The mail client command “%1” is empty.</source>
        <translation>Der Befehl für das E-Mail-Programm „%1“ ist leer.</translation>
    </message>
    <message>
        <source>No mail client is set for this account.</source>
        <translation>Für dieses Konto ist kein E-Mail-Programm eingestellt.</translation>
    </message>
    <message>
        <source>The web browser could not be started.</source>
        <translation>Der Webbrowser konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The mail client “%1” could not be started.</source>
        <translation>Das E-Mail-Programm „%1“ konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>ManualCheck</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n neue Nachricht</numerusform>
            <numerusform>%n neue Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>No new mail</source>
        <translation>Keine neuen E-Mails</translation>
    </message>
</context>
<context>
    <name>MarkAllReadDialog</name>
    <message>
        <source>Mark All as Read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>This marks every unread message in the watched folders as read on the server, including older ones that are not in the recent list. Other mail programs will show them as read too.</source>
        <translation>Damit werden alle ungelesenen Nachrichten in den überwachten Ordnern auf dem Server als gelesen markiert, auch ältere, die nicht in der Liste der neuesten Nachrichten stehen. Andere E-Mail-Programme zeigen sie dann ebenfalls als gelesen an.</translation>
    </message>
    <message>
        <source>&amp;Mark All as Read</source>
        <translation>&amp;Alle als gelesen markieren</translation>
    </message>
    <message numerus="yes">
        <source>Mark all %n unread message(s) as read?</source>
        <translation>
            <numerusform>Die %n ungelesene Nachricht als gelesen markieren?</numerusform>
            <numerusform>Alle %n ungelesenen Nachrichten als gelesen markieren?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageSummaryWindow</name>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>CC:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>This message has no text preview.</source>
        <translation>Diese Nachricht hat keine Textvorschau.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Mark as &amp;read</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>&amp;Flag</source>
        <translation>&amp;Wichtig</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Open in mail client</source>
        <translation>Im E-Mail-Programm &amp;öffnen</translation>
    </message>
    <message>
        <source>%1 — Mailbell</source>
        <translation>%1 — Mailbell</translation>
    </message>
    <message>
        <source>This message was deleted or moved on the server.</source>
        <translation>Diese Nachricht wurde auf dem Server gelöscht oder verschoben.</translation>
    </message>
    <message>
        <source>Mark as &amp;unread</source>
        <translation>Als &amp;ungelesen markieren</translation>
    </message>
    <message>
        <source>Un&amp;flag</source>
        <translation>Nicht &amp;wichtig</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>MessageText</name>
    <message>
        <source>(unknown sender)</source>
        <translation>(unbekannter Absender)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Wichtig</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Marked for deletion</source>
        <translation>Zum Löschen markiert</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(kein Datum)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>CC:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
</context>
<context>
    <name>MxDiscovery</name>
    <message>
        <source>DNS MX %1: no answer within %2 seconds</source>
        <translation>DNS MX %1: keine Antwort innerhalb von %2 Sekunden</translation>
    </message>
    <message>
        <source>DNS MX %1: no record</source>
        <translation>DNS MX %1: kein Eintrag</translation>
    </message>
    <message>
        <source>DNS MX %1: %2</source>
        <translation>DNS MX %1: %2</translation>
    </message>
    <message>
        <source>DNS MX %1: %2 is no known provider&apos;s mail server</source>
        <translation>DNS MX %1: %2 ist nicht der Mailserver eines bekannten Anbieters</translation>
    </message>
</context>
<context>
    <name>NotificationContent</name>
    <message>
        <source>%1 › %2</source>
        <extracomment>Where a message arrived: account name, then folder</extracomment>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation>Unbekannter Absender</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages in %1</source>
        <translation>
            <numerusform>%n neue Nachricht in %1</numerusform>
            <numerusform>%n neue Nachrichten in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>From %1 and %n more</source>
        <translation>
            <numerusform>Von %1 und %n weiteren</numerusform>
            <numerusform>Von %1 und %n weiteren</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation>Nachrichten anzeigen</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <source>&amp;Show a notification for new mail</source>
        <translation>&amp;Benachrichtigung bei neuen E-Mails anzeigen</translation>
    </message>
    <message>
        <source>Play a so&amp;und</source>
        <translation>&amp;Ton abspielen</translation>
    </message>
    <message>
        <source>Show the message &amp;preview</source>
        <translation>Nachrichten&amp;vorschau anzeigen</translation>
    </message>
    <message>
        <source>Offer &quot;&amp;Delete&quot; on a notification</source>
        <translation>„&amp;Löschen“ in Benachrichtigungen anbieten</translation>
    </message>
    <message>
        <source>&amp;Quiet hours from</source>
        <translation>&amp;Ruhezeiten von</translation>
    </message>
    <message>
        <source>During quiet hours, show notifications &amp;without sound</source>
        <translation>Während der Ruhezeiten Benachrichtigungen &amp;ohne Ton anzeigen</translation>
    </message>
    <message>
        <source>boss@example.org</source>
        <translation>chefin@example.org</translation>
    </message>
    <message>
        <source>work/Lists/Announcements</source>
        <translation>work/Lists/Announcements</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> Nachrichten</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Unchecked, quiet hours show no notifications: only the list and the badge change.</source>
        <translation>Ohne Haken zeigen Ruhezeiten keine Benachrichtigungen: Nur die Liste und der Zähler ändern sich.</translation>
    </message>
    <message>
        <source>Announcing</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>wi&amp;thin</source>
        <translation>inner&amp;halb von</translation>
    </message>
    <message>
        <source>Group mo&amp;re than</source>
        <translation>&amp;Gruppieren bei mehr als</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Ruhezeiten</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>bi&amp;s</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Tage:</translation>
    </message>
    <message>
        <source>Senders and folders</source>
        <translation>Absender und Ordner</translation>
    </message>
    <message>
        <source>&amp;VIP senders
(always announced,
one address a line):</source>
        <translation>V&amp;IP-Absender
(immer gemeldet,
eine Adresse pro Zeile):</translation>
    </message>
    <message>
        <source>&amp;Muted folders
(account/folder,
one a line):</source>
        <translation>Stu&amp;mmgeschaltete Ordner
(Konto/Ordner,
einer pro Zeile):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not account/folder, such as work/Lists/Qt.</source>
        <translation>„%1“ hat nicht die Form Konto/Ordner, wie work/Lists/Qt.</translation>
    </message>
    <message>
        <source>Choose at least one day for quiet hours.</source>
        <translation>Wählen Sie mindestens einen Tag für die Ruhezeiten.</translation>
    </message>
</context>
<context>
    <name>OAuthAuthorizer</name>
    <message>
        <source>The sign-in was not completed in the browser in time. Try again.</source>
        <translation>Die Anmeldung wurde im Browser nicht rechtzeitig abgeschlossen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1 for the browser&apos;s answer.</source>
        <translation>Auf 127.0.0.1 kann nicht auf die Antwort des Browsers gewartet werden.</translation>
    </message>
    <message>
        <source>Mailbell received the answer. You can close this page and return to Mailbell.</source>
        <translation>Mailbell hat die Antwort erhalten. Sie können diese Seite schließen und zu Mailbell zurückkehren.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address yourself: %1</source>
        <translation>Es konnte kein Webbrowser geöffnet werden. Öffnen Sie diese Adresse selbst: %1</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The browser&apos;s answer does not belong to this sign-in (state mismatch); it was ignored for safety. Try again.</source>
        <translation>Die Antwort des Browsers gehört nicht zu dieser Anmeldung (state stimmt nicht überein); sie wurde aus Sicherheitsgründen ignoriert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The browser&apos;s answer carries no authorization code.</source>
        <translation>Die Antwort des Browsers enthält keinen Autorisierungscode.</translation>
    </message>
    <message>
        <source>The provider gave no refresh token, so Mailbell could not stay signed in.</source>
        <translation>Der Anbieter hat keinen Refresh-Token geliefert, daher konnte Mailbell nicht angemeldet bleiben.</translation>
    </message>
</context>
<context>
    <name>OAuthErrors</name>
    <message>
        <source>The sign-in was declined: Mailbell did not get access to the mailbox.</source>
        <translation>Die Anmeldung wurde abgelehnt: Mailbell hat keinen Zugriff auf das Postfach erhalten.</translation>
    </message>
    <message>
        <source>The sign-in is no longer valid (revoked, expired, or the password changed). Sign in again.</source>
        <translation>Die Anmeldung ist nicht mehr gültig (widerrufen, abgelaufen oder das Passwort wurde geändert). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in service is unavailable right now; try again later.</source>
        <translation>Der Anmeldedienst ist gerade nicht erreichbar; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The sign-in failed (%1).</source>
        <translation>Die Anmeldung ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>The provider says: %1</source>
        <translation>Der Anbieter meldet: %1</translation>
    </message>
    <message>
        <source>The provider does not accept Mailbell&apos;s OAuth client ID. Check oauth-client-id (see docs/oauth.md).</source>
        <translation>Der Anbieter akzeptiert die OAuth-Client-ID von Mailbell nicht. Prüfen Sie oauth-client-id (siehe docs/oauth.md).</translation>
    </message>
    <message>
        <source>The provider refused access to the mailbox (scope not allowed for this client ID).</source>
        <translation>Der Anbieter hat den Zugriff auf das Postfach verweigert (Scope für diese Client-ID nicht erlaubt).</translation>
    </message>
</context>
<context>
    <name>OAuthProvider</name>
    <message>
        <source>The %1 sign-in addresses are not valid URLs.</source>
        <translation>Die Anmeldeadressen von %1 sind keine gültigen URLs.</translation>
    </message>
    <message>
        <source>No OAuth client ID for %1: this build of Mailbell has none built in. Register a desktop app with %1 (redirect URI http://127.0.0.1, see docs/oauth.md) and give its client ID as the account&apos;s OAuth client ID (oauth-client-id in accounts.conf).</source>
        <translation>Keine OAuth-Client-ID für %1: In diesen Build von Mailbell ist keine eingebaut. Registrieren Sie bei %1 eine Desktop-Anwendung (Weiterleitungs-URI http://127.0.0.1, siehe docs/oauth.md) und tragen Sie deren Client-ID als OAuth-Client-ID des Kontos ein (oauth-client-id in accounts.conf).</translation>
    </message>
</context>
<context>
    <name>OAuthSignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
</context>
<context>
    <name>OAuthSignInWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser. If no browser opened, &lt;a href=&quot;%1&quot;&gt;open the sign-in page&lt;/a&gt;.</source>
        <translation>Warten auf Ihre Anmeldung im Browser. Falls sich kein Browser geöffnet hat, &lt;a href=&quot;%1&quot;&gt;öffnen Sie die Anmeldeseite&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Signed in with %1.</source>
        <translation>Angemeldet mit %1.</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Mit %1 anmelden</translation>
    </message>
    <message>
        <source>Finishing the sign-in…</source>
        <translation>Anmeldung wird abgeschlossen …</translation>
    </message>
</context>
<context>
    <name>OAuthTokenClient</name>
    <message>
        <source>The sign-in service could not be reached: %1</source>
        <translation>Der Anmeldedienst ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The sign-in service gave an unusable answer (HTTP %1, %2 bytes).</source>
        <translation>Der Anmeldedienst hat eine unbrauchbare Antwort geliefert (HTTP %1, %2 Byte).</translation>
    </message>
</context>
<context>
    <name>OAuthTokenManager</name>
    <message>
        <source>Not signed in: sign in to this account.</source>
        <translation>Nicht angemeldet: Melden Sie sich bei diesem Konto an.</translation>
    </message>
    <message>
        <source>Not signed in: no sign-in is saved for this account.</source>
        <translation>Nicht angemeldet: Für dieses Konto ist keine Anmeldung gespeichert.</translation>
    </message>
    <message>
        <source>Sign in again; the sign-in is kept in memory for this session only.</source>
        <translation>Melden Sie sich erneut an; die Anmeldung wird nur für diese Sitzung im Arbeitsspeicher behalten.</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n second(s).</source>
        <translation>
            <numerusform>Neuer Versuch in %n Sekunde.</numerusform>
            <numerusform>Neuer Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in is kept in memory for this session only; you will have to sign in again after a restart.</source>
        <translation>Die Anmeldung wird nur für diese Sitzung im Arbeitsspeicher behalten; nach einem Neustart müssen Sie sich erneut anmelden.</translation>
    </message>
</context>
<context>
    <name>PasswordCommand</name>
    <message>
        <source>The password command &quot;%1&quot; could not be started: %2</source>
        <translation>Der Passwortbefehl „%1“ konnte nicht gestartet werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>The password command &quot;%1&quot; did not finish within %n second(s).</source>
        <translation>
            <numerusform>Der Passwortbefehl „%1“ wurde nicht innerhalb von %n Sekunde fertig.</numerusform>
            <numerusform>Der Passwortbefehl „%1“ wurde nicht innerhalb von %n Sekunden fertig.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password command &quot;%1&quot; printed more than %2 bytes.</source>
        <translation>Der Passwortbefehl „%1“ hat mehr als %2 Byte ausgegeben.</translation>
    </message>
    <message>
        <source>The password command &quot;%1&quot; crashed.</source>
        <translation>Der Passwortbefehl „%1“ ist abgestürzt.</translation>
    </message>
    <message>
        <source>The password command &quot;%1&quot; failed with exit code %2.</source>
        <translation>Der Passwortbefehl „%1“ ist mit Exit-Code %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The password command &quot;%1&quot; printed no password.</source>
        <translation>Der Passwortbefehl „%1“ hat kein Passwort ausgegeben.</translation>
    </message>
    <message>
        <source>The password command is empty.</source>
        <translation>Der Passwortbefehl ist leer.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>&amp;Remember in the keyring</source>
        <translation>Im &amp;Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>&amp;Ask for it at each start (kept in memory only)</source>
        <translation>Bei jedem Start &amp;fragen (nur im Arbeitsspeicher)</translation>
    </message>
    <message>
        <source>Use a password &amp;command instead</source>
        <translation>Stattdessen einen Passwort&amp;befehl verwenden</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>A password command is a program that prints the password, for example &quot;pass show mail/work&quot; or &quot;secret-tool lookup mail work&quot;. Mailbell runs it at each start. Set it in the account&apos;s settings.</source>
        <translation>Ein Passwortbefehl ist ein Programm, das das Passwort ausgibt, zum Beispiel &quot;pass show mail/work&quot; oder &quot;secret-tool lookup mail work&quot;. Mailbell führt es bei jedem Start aus. Legen Sie es in den Einstellungen des Kontos fest.</translation>
    </message>
    <message>
        <source>Mailbell needs the password of the account &quot;%1&quot;.</source>
        <translation>Mailbell braucht das Passwort des Kontos „%1“.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>No keyring (Secret Service, such as GNOME Keyring or KWallet) is available, so Mailbell cannot save this password. It never writes passwords to a file. Choose how to log in:</source>
        <translation>Kein Schlüsselbund (Secret Service, etwa GNOME Keyring oder KWallet) verfügbar, daher kann Mailbell dieses Passwort nicht speichern. In eine Datei schreibt es Passwörter nie. Wählen Sie, wie Sie sich anmelden:</translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation>&amp;Einstellungen öffnen …</translation>
    </message>
</context>
<context>
    <name>ProviderTable</name>
    <message>
        <source>Sign in with Google in your browser, or use an app password; your normal Google password will not work.</source>
        <translation>Melden Sie sich im Browser mit Google an oder verwenden Sie ein App-Passwort; Ihr normales Google-Passwort funktioniert nicht.</translation>
    </message>
    <message>
        <source>Gmail needs an app password here: turn on 2-Step Verification in your Google Account, create an app password, and type it as the password.</source>
        <translation>Gmail braucht hier ein App-Passwort: Aktivieren Sie die Bestätigung in zwei Schritten in Ihrem Google-Konto, erstellen Sie ein App-Passwort und geben Sie es als Passwort ein.</translation>
    </message>
    <message>
        <source>Yahoo needs an app password: Account Info, Account Security, Generate app password.</source>
        <translation>Yahoo braucht ein App-Passwort: Kontoinformationen, Kontosicherheit, App-Passwort generieren.</translation>
    </message>
    <message>
        <source>AOL needs an app password: Account Info, Account Security, Generate app password.</source>
        <translation>AOL braucht ein App-Passwort: Kontoinformationen, Kontosicherheit, App-Passwort generieren.</translation>
    </message>
    <message>
        <source>iCloud needs an app-specific password (appleid.apple.com, Sign-In and Security); the user name is the part of your address before the @.</source>
        <translation>iCloud braucht ein app-spezifisches Passwort (appleid.apple.com, Anmeldung und Sicherheit); der Benutzername ist der Teil Ihrer Adresse vor dem @.</translation>
    </message>
    <message>
        <source>Fastmail needs an app password: Settings, Privacy &amp; Security, Integrations, App passwords.</source>
        <translation>Fastmail braucht ein App-Passwort: Einstellungen, Datenschutz &amp; Sicherheit, Integrationen, App-Passwörter.</translation>
    </message>
    <message>
        <source>Turn on IMAP access first: GMX settings, POP3/IMAP, &quot;Allow access via POP3 and IMAP&quot;.</source>
        <translation>Aktivieren Sie zuerst den IMAP-Zugriff: GMX-Einstellungen, POP3/IMAP, „POP3 und IMAP Zugriff erlauben“.</translation>
    </message>
    <message>
        <source>Turn on IMAP access first: WEB.DE settings, POP3/IMAP, &quot;Allow access via POP3 and IMAP&quot;.</source>
        <translation>Aktivieren Sie zuerst den IMAP-Zugriff: WEB.DE-Einstellungen, POP3/IMAP, „POP3 und IMAP Zugriff erlauben“.</translation>
    </message>
    <message>
        <source>Turn on IMAP access in Zoho Mail&apos;s settings; with two-factor sign-in, use an app-specific password.</source>
        <translation>Aktivieren Sie den IMAP-Zugriff in den Einstellungen von Zoho Mail; bei Zwei-Faktor-Anmeldung verwenden Sie ein anwendungsspezifisches Passwort.</translation>
    </message>
    <message>
        <source>Allow IMAP in Yandex Mail&apos;s settings (Email clients) and use an app password.</source>
        <translation>Erlauben Sie IMAP in den Einstellungen von Yandex Mail (E-Mail-Programme) und verwenden Sie ein App-Passwort.</translation>
    </message>
    <message>
        <source>Mail.ru needs a password for external apps.</source>
        <translation>Mail.ru braucht ein Passwort für externe Anwendungen.</translation>
    </message>
    <message>
        <source>Outlook.com and Microsoft 365 accept only Microsoft sign-in over IMAP, which needs an OAuth client ID: type yours in “OAuth client ID” under Server.</source>
        <translation>Outlook.com und Microsoft 365 akzeptieren über IMAP nur die Microsoft-Anmeldung, die eine OAuth-Client-ID braucht: Tragen Sie Ihre unter „Server“ in „OAuth-Client-ID“ ein.</translation>
    </message>
    <message>
        <source>Use your email password (set in the Telekom E-Mail Center), not your Telekom login password.</source>
        <translation>Verwenden Sie Ihr E-Mail-Passwort (festgelegt im Telekom E-Mail Center), nicht Ihr Telekom-Login-Passwort.</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Zeigt Hilfe zu den Kommandozeilenoptionen an.</translation>
    </message>
</context>
<context>
    <name>RecentMessagesModel</name>
    <message>
        <source>%1, from %2: %3</source>
        <translation>%1, von %2: %3</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>The recent-messages list %1 could not be read (%2); starting with an empty list.</source>
        <translation>Die Liste der neuesten Nachrichten %1 konnte nicht gelesen werden (%2); es wird mit einer leeren Liste begonnen.</translation>
    </message>
    <message>
        <source>%1; starting with an empty recent-messages list.</source>
        <extracomment>%1 says what the path is instead, e.g. &quot;/x is a folder, not a regular file&quot;</extracomment>
        <translation>%1; es wird mit einer leeren Liste der neuesten Nachrichten begonnen.</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>die Datei ist zu groß</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>not a Mailbell recent-messages file of a known version</source>
        <translation>keine Mailbell-Datei neuester Nachrichten in einer bekannten Version</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable entries in the recent-messages list %1 were dropped.</source>
        <translation>
            <numerusform>%n unlesbarer Eintrag in der Liste der neuesten Nachrichten %1 wurde verworfen.</numerusform>
            <numerusform>%n unlesbare Einträge in der Liste der neuesten Nachrichten %1 wurden verworfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The recent-messages list could not be saved: %1.</source>
        <translation>Die Liste der neuesten Nachrichten konnte nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>The recent-messages list could not be saved to %1: %2</source>
        <translation>Die Liste der neuesten Nachrichten konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>RecentMessagesWindow</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>No system tray found, so Mailbell lives in this window: closing it quits Mailbell. On GNOME, the “AppIndicator and KStatusNotifierItem Support” extension adds a tray.</source>
        <translation>Kein Systemabschnitt gefunden, daher läuft Mailbell in diesem Fenster: Wenn Sie es schließen, wird Mailbell beendet. Unter GNOME fügt die Erweiterung „AppIndicator and KStatusNotifierItem Support“ einen Systemabschnitt hinzu.</translation>
    </message>
    <message>
        <source>Filter by sender, subject or text (Ctrl+F)</source>
        <translation>Nach Absender, Betreff oder Text filtern (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation>Nachrichten filtern</translation>
    </message>
    <message>
        <source>Recent messages</source>
        <translation>Neueste Nachrichten</translation>
    </message>
    <message>
        <source>No account yet.

Add your mail account and Mailbell tells you the moment new mail arrives.</source>
        <translation>Noch kein Konto.

Fügen Sie Ihr E-Mail-Konto hinzu, und Mailbell meldet neue E-Mails, sobald sie eintreffen.</translation>
    </message>
    <message>
        <source>&amp;Add an account…</source>
        <translation>Konto &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Undo the delete (Ctrl+Z)</source>
        <translation>Das Löschen rückgängig machen (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Mailbell</source>
        <translation>&amp;Mailbell</translation>
    </message>
    <message>
        <source>Mailbell (no system tray found)</source>
        <translation>Mailbell (kein Systemabschnitt gefunden)</translation>
    </message>
    <message>
        <source>Recent messages — Mailbell</source>
        <translation>Neueste Nachrichten — Mailbell</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Mark as &amp;read</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;unread</source>
        <translation>Als &amp;ungelesen markieren</translation>
    </message>
    <message>
        <source>Un&amp;flag</source>
        <translation>Nicht &amp;wichtig</translation>
    </message>
    <message>
        <source>&amp;Flag</source>
        <translation>&amp;Wichtig</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>No new mail yet.

Unread mail and messages that arrive while Mailbell is running appear here.</source>
        <translation>Noch keine neuen E-Mails.

Ungelesene E-Mails und Nachrichten, die eintreffen, während Mailbell läuft, erscheinen hier.</translation>
    </message>
    <message>
        <source>No message matches “%1”.</source>
        <translation>Keine Nachricht passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>↑ %n new message(s) when the pointer leaves the list</source>
        <translation>
            <numerusform>↑ %n neue Nachricht, sobald der Mauszeiger die Liste verlässt</numerusform>
            <numerusform>↑ %n neue Nachrichten, sobald der Mauszeiger die Liste verlässt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 moved to %2.</source>
        <translation>%1 wurde nach %2 verschoben.</translation>
    </message>
    <message>
        <source>Mailbell does not know yet whether %1 has a Trash folder. If it has none, the message cannot be recovered.</source>
        <translation>Mailbell weiß noch nicht, ob %1 einen Papierkorb hat. Falls nicht, lässt sich die Nachricht nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>%1 has no Trash folder, so the message cannot be recovered.</source>
        <translation>%1 hat keinen Papierkorb, daher lässt sich die Nachricht nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>The message is already in %1; deleting it here cannot be undone.</source>
        <translation>Die Nachricht liegt bereits in %1; das Löschen hier lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete permanently? — Mailbell</source>
        <translation>Endgültig löschen? — Mailbell</translation>
    </message>
    <message>
        <source>Delete %1 permanently?</source>
        <translation>%1 endgültig löschen?</translation>
    </message>
    <message>
        <source>&amp;Delete Permanently</source>
        <translation>&amp;Endgültig löschen</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Mailbell Settings</source>
        <translation>Mailbell-Einstellungen</translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation>&amp;Konten</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>Be&amp;nachrichtigungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>An&amp;wenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The keyring did not save the password of &quot;%1&quot;: %2
Mailbell uses it until it quits. To keep it elsewhere choose &quot;asked at each start&quot; or a password command.</source>
        <translation>Der Schlüsselbund hat das Passwort von „%1“ nicht gespeichert: %2
Mailbell verwendet es, bis es beendet wird. Um es anderswo aufzubewahren, wählen Sie „bei jedem Start abgefragt“ oder einen Passwortbefehl.</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>muss eine Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>%1:%2: [%3] %4 = &quot;%5&quot;: %6; the default is used</source>
        <translation>%1:%2: [%3] %4 = &quot;%5&quot;: %6; der Vorgabewert wird verwendet</translation>
    </message>
    <message>
        <source>must be a time range such as 22:00-07:00</source>
        <translation>muss ein Zeitraum wie 22:00-07:00 sein</translation>
    </message>
    <message>
        <source>must be days such as mon, tue, wed, thu, fri</source>
        <translation>muss aus Tagen wie mon, tue, wed, thu, fri bestehen</translation>
    </message>
    <message>
        <source>must be email addresses separated by commas</source>
        <translation>muss aus durch Kommas getrennten E-Mail-Adressen bestehen</translation>
    </message>
    <message>
        <source>must be account/folder pairs such as work/Lists/Qt</source>
        <translation>muss aus Konto/Ordner-Paaren wie work/Lists/Qt bestehen</translation>
    </message>
    <message>
        <source>must be a language code such as de or pt_BR, or empty for the system&apos;s language</source>
        <translation>muss ein Sprachcode wie de oder pt_BR sein oder leer für die Sprache des Systems</translation>
    </message>
    <message>
        <source>%1 is a folder, not a settings file; all settings keep their defaults</source>
        <translation>%1 ist ein Ordner, keine Einstellungsdatei; alle Einstellungen behalten ihre Vorgabewerte</translation>
    </message>
    <message>
        <source>%1: cannot read the settings file: %2; all settings keep their defaults</source>
        <translation>%1: Die Einstellungsdatei kann nicht gelesen werden: %2; alle Einstellungen behalten ihre Vorgabewerte</translation>
    </message>
    <message>
        <source>%1; all settings keep their defaults</source>
        <extracomment>%1 says what the path is instead, e.g. &quot;/x is a folder, not a regular file&quot;</extracomment>
        <translation>%1; alle Einstellungen behalten ihre Vorgabewerte</translation>
    </message>
    <message>
        <source>%1: the settings file is larger than %2 bytes; is it the right file? All settings keep their defaults</source>
        <translation>%1: Die Einstellungsdatei ist größer als %2 Byte; ist es die richtige Datei? Alle Einstellungen behalten ihre Vorgabewerte</translation>
    </message>
    <message>
        <source>%1: the line holds a NUL byte and is ignored</source>
        <translation>%1: Die Zeile enthält ein NUL-Byte und wird ignoriert</translation>
    </message>
    <message>
        <source>%1: the line is not valid UTF-8 and is ignored</source>
        <translation>%1: Die Zeile ist kein gültiges UTF-8 und wird ignoriert</translation>
    </message>
    <message>
        <source>%1: a group header must look like [notifications], not &quot;%2&quot;; the lines up to the next group are ignored</source>
        <translation>%1: Ein Gruppenkopf muss wie [notifications] aussehen, nicht wie „%2“; die Zeilen bis zur nächsten Gruppe werden ignoriert</translation>
    </message>
    <message>
        <source>%1: unknown group [%2] is ignored</source>
        <translation>%1: Die unbekannte Gruppe [%2] wird ignoriert</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a &quot;key = value&quot; line and is ignored</source>
        <translation>%1: „%2“ ist keine Zeile der Form „key = value“ und wird ignoriert</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; outside [notifications] is ignored</source>
        <translation>%1: Der Schlüssel „%2“ außerhalb von [notifications] wird ignoriert</translation>
    </message>
    <message>
        <source>%1: [%2] unknown key &quot;%3&quot; is ignored</source>
        <translation>%1: [%2] Der unbekannte Schlüssel „%3“ wird ignoriert</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>%1 has no account &quot;%2&quot; to change.</source>
        <translation>%1 enthält kein Konto „%2“, das geändert werden könnte.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more like these</source>
        <translation>
            <numerusform>… und %n weitere dieser Art</numerusform>
            <numerusform>… und %n weitere dieser Art</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsWriter</name>
    <message>
        <source>Cannot save %1: it is a folder, not a file.</source>
        <translation>%1 kann nicht gespeichert werden: Es ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Cannot save %1: cannot read it first: %2</source>
        <translation>%1 kann nicht gespeichert werden: Es kann vorher nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot save: %1.</source>
        <translation>Speichern nicht möglich: %1.</translation>
    </message>
    <message>
        <source>Cannot save %1: it is larger than %2 bytes.</source>
        <translation>%1 kann nicht gespeichert werden: Es ist größer als %2 Byte.</translation>
    </message>
    <message>
        <source>[%1] %2 cannot be stored as &quot;%3&quot;; it would read back as &quot;%4&quot;.</source>
        <translation>[%1] %2 kann nicht als „%3“ gespeichert werden; es würde als „%4“ zurückgelesen.</translation>
    </message>
    <message>
        <source>[%1] %2 must be one line.</source>
        <translation>[%1] %2 muss eine Zeile sein.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Another Mailbell is running but does not answer (%1).</source>
        <translation>Ein anderes Mailbell läuft, antwortet aber nicht (%1).</translation>
    </message>
    <message>
        <source>Could not listen on %1: %2</source>
        <translation>Auf %1 kann nicht gelauscht werden: %2</translation>
    </message>
</context>
<context>
    <name>SrvDiscovery</name>
    <message>
        <source>DNS SRV %1: no answer within %2 seconds</source>
        <translation>DNS SRV %1: keine Antwort innerhalb von %2 Sekunden</translation>
    </message>
    <message>
        <source>DNS SRV %1: no record</source>
        <translation>DNS SRV %1: kein Eintrag</translation>
    </message>
    <message>
        <source>DNS SRV %1: %2</source>
        <translation>DNS SRV %1: %2</translation>
    </message>
    <message>
        <source>DNS SRV %1: the domain says it offers no such service</source>
        <translation>DNS SRV %1: Die Domain gibt an, keinen solchen Dienst anzubieten</translation>
    </message>
    <message>
        <source>DNS SRV record %1</source>
        <translation>DNS-SRV-Eintrag %1</translation>
    </message>
</context>
<context>
    <name>SubcommandParser</name>
    <message>
        <source>mailbell %1: %2</source>
        <translation>mailbell %1: %2</translation>
    </message>
    <message>
        <source>mailbell %1: unexpected argument &quot;%2&quot;.</source>
        <translation>mailbell %1: unerwartetes Argument „%2“.</translation>
    </message>
</context>
<context>
    <name>TrayApplication</name>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>Problems in the settings file</source>
        <translation>Probleme in der Einstellungsdatei</translation>
    </message>
    <message>
        <source>Problems in the accounts file</source>
        <translation>Probleme in der Kontendatei</translation>
    </message>
    <message>
        <source>The demo did not start</source>
        <translation>Die Demo ist nicht gestartet</translation>
    </message>
    <message>
        <source>Run &quot;mailbell demo&quot; in a terminal to see why.</source>
        <translation>Führen Sie &quot;mailbell demo&quot; in einem Terminal aus, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation>Passwort nicht gespeichert</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Could not change a message in %1</source>
        <translation>Eine Nachricht in %1 konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Could not open the mail client</source>
        <translation>Das E-Mail-Programm konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Checked at %1: %2</source>
        <translation>Geprüft um %1: %2</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>&amp;Add an account…</source>
        <translation>Konto &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>No new mail</source>
        <translation>Keine neuen E-Mails</translation>
    </message>
    <message>
        <source>&amp;Recent messages…</source>
        <translation>&amp;Neueste Nachrichten …</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Mark all as read</source>
        <translation>&amp;Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>&amp;Pause notifications</source>
        <translation>Benachrichtigungen pa&amp;usieren</translation>
    </message>
    <message>
        <source>For 1 &amp;hour</source>
        <translation>Für 1 &amp;Stunde</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow</source>
        <translation>Bis &amp;morgen</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow, %1</source>
        <translation>Bis &amp;morgen, %1</translation>
    </message>
    <message>
        <source>Until I &amp;resume them</source>
        <translation>Bis auf &amp;Weiteres</translation>
    </message>
    <message>
        <source>Resume &amp;notifications</source>
        <translation>Benachrichtigungen &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>● %1</source>
        <comment>an unread message in the tray menu</comment>
        <translation>● %1</translation>
    </message>
    <message>
        <source>No account yet</source>
        <translation>Noch kein Konto</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Resume &amp;notifications (paused until %1)</source>
        <translation>Benachrichtigungen &amp;fortsetzen (pausiert bis %1)</translation>
    </message>
    <message>
        <source>Mailbell: no account yet
Add one from this icon&apos;s menu.</source>
        <translation>Mailbell: noch kein Konto
Fügen Sie eines über das Menü dieses Symbols hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>Mailbell: %n unread</source>
        <translation>
            <numerusform>Mailbell: %n ungelesen</numerusform>
            <numerusform>Mailbell: %n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailbell: no unread mail</source>
        <translation>Mailbell: keine ungelesenen E-Mails</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>Notifications paused until %1</source>
        <translation>Benachrichtigungen pausiert bis %1</translation>
    </message>
    <message>
        <source>Notifications paused</source>
        <translation>Benachrichtigungen pausiert</translation>
    </message>
    <message>
        <source>Checking for new mail…</source>
        <translation>Suche nach neuen E-Mails …</translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <source>mailbell watch: the servers did not answer LOGOUT in time; exiting.</source>
        <translation>mailbell watch: Die Server haben nicht rechtzeitig auf LOGOUT geantwortet; wird beendet.</translation>
    </message>
    <message>
        <source>Watches the accounts of the accounts file (or those named with --account, or one account given with --host, --user and --password-command) and prints each event: new mail, removed mail, flag and count changes, connection states and errors. Runs until interrupted (Ctrl+C or SIGTERM), then logs out and exits 0.</source>
        <translation>Überwacht die Konten der Kontendatei (oder die mit --account genannten oder ein Konto, das mit --host, --user und --password-command angegeben ist) und gibt jedes Ereignis aus: neue E-Mails, entfernte E-Mails, Änderungen von Flags und Zählern, Verbindungszustände und Fehler. Läuft, bis es unterbrochen wird (Ctrl+C oder SIGTERM), meldet sich dann ab und endet mit 0.</translation>
    </message>
    <message>
        <source>Print one JSON object per line (events &quot;ready&quot;, &quot;new&quot;, &quot;expunged&quot;, &quot;flags&quot;, &quot;count&quot;, &quot;state&quot;, &quot;error&quot;); nothing else goes to standard output.</source>
        <translation>Ein JSON-Objekt pro Zeile ausgeben (Ereignisse &quot;ready&quot;, &quot;new&quot;, &quot;expunged&quot;, &quot;flags&quot;, &quot;count&quot;, &quot;state&quot;, &quot;error&quot;); sonst geht nichts auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>Run this program for each new message, without a shell; the message&apos;s fields are in the environment variables MAILBELL_ACCOUNT, MAILBELL_FOLDER, MAILBELL_UID, MAILBELL_UIDVALIDITY, MAILBELL_FROM, MAILBELL_FROM_ADDRESS, MAILBELL_SUBJECT, MAILBELL_PREVIEW, MAILBELL_DATE and MAILBELL_MESSAGE_ID.</source>
        <translation>Dieses Programm für jede neue Nachricht ausführen, ohne Shell; die Felder der Nachricht stehen in den Umgebungsvariablen MAILBELL_ACCOUNT, MAILBELL_FOLDER, MAILBELL_UID, MAILBELL_UIDVALIDITY, MAILBELL_FROM, MAILBELL_FROM_ADDRESS, MAILBELL_SUBJECT, MAILBELL_PREVIEW, MAILBELL_DATE und MAILBELL_MESSAGE_ID.</translation>
    </message>
    <message>
        <source>command</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;command&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation>command</translation>
    </message>
    <message>
        <source>File that remembers which messages were announced (default %1). /dev/null remembers nothing: each start announces only mail that arrives while it runs.</source>
        <translation>Datei, die sich merkt, welche Nachrichten gemeldet wurden (Vorgabe %1). /dev/null merkt sich nichts: Jeder Start meldet nur E-Mails, die während der Laufzeit eintreffen.</translation>
    </message>
    <message>
        <source>file</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;file&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation>file</translation>
    </message>
    <message>
        <source>mailbell watch: --state needs a file name.</source>
        <translation>mailbell watch: --state braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>mailbell watch: %1</source>
        <translation>mailbell watch: %1</translation>
    </message>
    <message>
        <source>mailbell watch: cannot handle SIGINT / SIGTERM: %1</source>
        <translation>mailbell watch: SIGINT / SIGTERM kann nicht behandelt werden: %1</translation>
    </message>
    <message>
        <source>mailbell watch: cannot create the folder %1 for the state file.</source>
        <translation>mailbell watch: Der Ordner %1 für die Statusdatei kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>mailbell watch: no account got a password; nothing to watch.</source>
        <translation>mailbell watch: Kein Konto hat ein Passwort erhalten; nichts zu überwachen.</translation>
    </message>
    <message>
        <source>The account&apos;s oauth-provider &quot;%1&quot; is not known.</source>
        <translation>Der oauth-provider „%1“ des Kontos ist unbekannt.</translation>
    </message>
    <message>
        <source>%1 Sign in once in the tray app (run mailbell, Settings); watch then uses the sign-in saved in the keyring.</source>
        <extracomment>%1 is why a sign-in is needed, one or more whole sentences</extracomment>
        <translation>%1 Melden Sie sich einmal in der grafischen Anwendung an (mailbell starten, Einstellungen); watch verwendet dann die im Schlüsselbund gespeicherte Anmeldung.</translation>
    </message>
    <message>
        <source>mailbell watch: [%1] %2</source>
        <translation>mailbell watch: [%1] %2</translation>
    </message>
    <message numerus="yes">
        <source>mailbell watch: [%1] the password was rejected or is missing; running the password command again in %n second(s).</source>
        <translation>
            <numerusform>mailbell watch: [%1] Das Passwort wurde abgelehnt oder fehlt; der Passwortbefehl wird in %n Sekunde erneut ausgeführt.</numerusform>
            <numerusform>mailbell watch: [%1] Das Passwort wurde abgelehnt oder fehlt; der Passwortbefehl wird in %n Sekunden erneut ausgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>mailbell watch: --state: %1; give --state a file name, or --state /dev/null to remember nothing.</source>
        <extracomment>%1 says what the path is instead, e.g. &quot;/x is a folder, not a regular file&quot;</extracomment>
        <translation>mailbell watch: --state: %1; geben Sie bei --state einen Dateinamen an oder verwenden Sie --state /dev/null, um sich nichts zu merken.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Mailbell tells you the moment new mail arrives.</source>
        <translation>Mailbell meldet neue E-Mails, sobald sie eintreffen.</translation>
    </message>
    <message>
        <source>Optional subcommand:
  check  print unseen counts per folder and exit 0 (none), 1 (some) or 2 (error); see &apos;mailbell check --help&apos;
  watch  print new mail and other events as they happen (--json for one JSON object per line); see &apos;mailbell watch --help&apos;
  demo   try Mailbell on a private demo mail server that receives a sample message every few seconds; see &apos;mailbell demo --help&apos;
Without a subcommand the tray app starts.</source>
        <translation>Optionaler Unterbefehl:
  check  die Zahl ungelesener Nachrichten pro Ordner ausgeben und mit 0 (keine), 1 (einige) oder 2 (Fehler) enden; siehe &apos;mailbell check --help&apos;
  watch  neue E-Mails und andere Ereignisse ausgeben, sobald sie geschehen (--json für ein JSON-Objekt pro Zeile); siehe &apos;mailbell watch --help&apos;
  demo   Mailbell auf einem privaten Demo-Mailserver ausprobieren, der alle paar Sekunden eine Beispielnachricht erhält; siehe &apos;mailbell demo --help&apos;
Ohne Unterbefehl startet die grafische Anwendung.</translation>
    </message>
    <message>
        <source>mailbell: unknown command &quot;%1&quot;; try &apos;mailbell --help&apos;.
</source>
        <translation>mailbell: unbekannter Befehl „%1“; versuchen Sie &apos;mailbell --help&apos;.
</translation>
    </message>
    <message>
        <source>mailbell: no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so the tray app cannot start.
In a terminal use &apos;mailbell watch&apos; or &apos;mailbell check&apos;; see &apos;mailbell --help&apos;.
</source>
        <translation>mailbell: keine Anzeige (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt), daher kann die grafische Anwendung nicht starten.
Verwenden Sie in einem Terminal &apos;mailbell watch&apos; oder &apos;mailbell check&apos;; siehe &apos;mailbell --help&apos;.
</translation>
    </message>
    <message>
        <source>mailbell: cannot handle SIGINT / SIGTERM: %1
</source>
        <translation>mailbell: SIGINT / SIGTERM kann nicht behandelt werden: %1
</translation>
    </message>
    <message>
        <source>mailbell: --check-now and --settings take no other option or argument; try &apos;mailbell --help&apos;.
</source>
        <translation>mailbell: --check-now und --settings nehmen keine weitere Option und kein Argument; siehe &apos;mailbell --help&apos;.
</translation>
    </message>
</context>
</TS>
