<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountController</name>
    <message>
        <source>The server rejected the password.</source>
        <translation>Le serveur a refusé le mot de passe.</translation>
    </message>
    <message>
        <source>Mailbell asks for this account&apos;s password at each start and keeps it in memory only.</source>
        <translation>Mailbell demande le mot de passe de ce compte à chaque démarrage et ne le garde qu’en mémoire.</translation>
    </message>
    <message>
        <source>The server rejected the saved password.</source>
        <translation>Le serveur a refusé le mot de passe enregistré.</translation>
    </message>
    <message>
        <source>No password is saved for this account.</source>
        <translation>Aucun mot de passe n’est enregistré pour ce compte.</translation>
    </message>
</context>
<context>
    <name>AccountEditorDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>Modifier le compte</translation>
    </message>
    <message>
        <source>Try the Demo First</source>
        <translation>Essayer d’abord la démo</translation>
    </message>
    <message>
        <source>See Mailbell at work on a private sample mail server first; you can add your account from its settings later.</source>
        <translation>Voir d’abord Mailbell à l’œuvre sur un serveur de messagerie privé de démonstration&#x202f;; vous pourrez ajouter votre compte plus tard depuis ses paramètres.</translation>
    </message>
    <message>
        <source>Add Without Testing</source>
        <translation>Ajouter sans tester</translation>
    </message>
    <message>
        <source>No settings found for this address; enter the server below.</source>
        <translation>Aucun paramètre trouvé pour cette adresse&#x202f;; saisissez le serveur ci-dessous.</translation>
    </message>
    <message>
        <source>Welcome to Mailbell</source>
        <translation>Bienvenue dans Mailbell</translation>
    </message>
    <message>
        <source>Mailbell watches your mailboxes and tells you the moment new mail arrives: who it is from, what it is about, and one click to read it. Type your email address and password to start.</source>
        <translation>Mailbell surveille vos boîtes aux lettres et vous prévient dès qu’un nouveau message arrive&#xa0;: de qui il vient, de quoi il parle, et un clic pour le lire. Saisissez votre adresse électronique et votre mot de passe pour commencer.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>vous@example.org</translation>
    </message>
    <message>
        <source>D&amp;etect</source>
        <translation>&amp;Détecter</translation>
    </message>
    <message>
        <source>Find the server settings for this address</source>
        <translation>Trouver les paramètres du serveur pour cette adresse</translation>
    </message>
    <message>
        <source>Set up the &amp;server myself</source>
        <translation>Configurer le &amp;serveur moi-même</translation>
    </message>
    <message>
        <source>E&amp;mail address:</source>
        <translation>&amp;Adresse électronique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>imap.example.org</source>
        <translation>imap.example.org</translation>
    </message>
    <message>
        <source>TLS (recommended)</source>
        <translation>TLS (recommandé)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Aucune (non chiffrée)</translation>
    </message>
    <message>
        <source>Without encryption your password and mail cross the network readable by anyone on the way. Use this only for a server on this machine.</source>
        <translation>Sans chiffrement, votre mot de passe et vos messages traversent le réseau lisibles par quiconque se trouve sur le chemin. Ne l’utilisez que pour un serveur situé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Often your email address</source>
        <translation>Souvent votre adresse électronique</translation>
    </message>
    <message>
        <source>Password, saved in the keyring</source>
        <translation>Mot de passe, enregistré dans le trousseau</translation>
    </message>
    <message>
        <source>Password, asked at each start</source>
        <translation>Mot de passe, demandé à chaque démarrage</translation>
    </message>
    <message>
        <source>Password command</source>
        <translation>Commande de mot de passe</translation>
    </message>
    <message>
        <source>OAuth 2: Google</source>
        <translation>OAuth 2&#xa0;: Google</translation>
    </message>
    <message>
        <source>OAuth 2: Microsoft</source>
        <translation>OAuth 2&#xa0;: Microsoft</translation>
    </message>
    <message>
        <source>pass show mail/work</source>
        <translation>pass show mail/work</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>S&amp;écurité&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Sign-&amp;in:</source>
        <translation>Authenti&amp;fication&#xa0;:</translation>
    </message>
    <message>
        <source>OAuth client I&amp;D:</source>
        <translation>ID client OAut&amp;h&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Folders to watch:</source>
        <translation>Dossiers à surve&amp;iller&#xa0;:</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>A&amp;vancé</translation>
    </message>
    <message>
        <source>As the email address</source>
        <translation>Comme l’adresse électronique</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>How often the waiting connection is renewed (IMAP IDLE)</source>
        <translation>Fréquence de renouvellement de la connexion en attente (IMAP IDLE)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How often to ask a server that cannot wait for mail (no IDLE)</source>
        <translation>Fréquence d’interrogation d’un serveur qui ne sait pas attendre le courrier (pas d’IDLE)</translation>
    </message>
    <message>
        <source>S&amp;how message preview in notifications</source>
        <translation>Afficher &amp;l’aperçu des messages dans les notifications</translation>
    </message>
    <message>
        <source>&amp;Automatic</source>
        <translation>Automati&amp;que</translation>
    </message>
    <message>
        <source>thunderbird -mail; or a webmail address</source>
        <translation>thunderbird -mail&#x202f;; ou une adresse de webmail</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>IDLE &amp;renewal:</source>
        <translation>R&amp;enouvellement IDLE&#xa0;:</translation>
    </message>
    <message>
        <source>Pollin&amp;g interval:</source>
        <translation>Intervalle d’interro&amp;gation&#xa0;:</translation>
    </message>
    <message>
        <source>Account co&amp;lour:</source>
        <translation>Couleu&amp;r du compte&#xa0;:</translation>
    </message>
    <message>
        <source>Open &amp;with:</source>
        <translation>&amp;Ouvrir avec&#xa0;:</translation>
    </message>
    <message>
        <source>How?</source>
        <translation>Comment&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Type the password to test the connection.</source>
        <translation>Saisissez le mot de passe pour tester la connexion.</translation>
    </message>
    <message>
        <source>Type the password to test the connection (the saved one could not be read: %1).</source>
        <translation>Saisissez le mot de passe pour tester la connexion (le mot de passe enregistré n’a pas pu être lu&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Type the password to test the connection; the password command runs when Mailbell connects.</source>
        <translation>Saisissez le mot de passe pour tester la connexion&#x202f;; la commande de mot de passe s’exécute quand Mailbell se connecte.</translation>
    </message>
    <message>
        <source>The password goes to your desktop&apos;s keyring, never into a file. Left empty, Mailbell asks for it when it connects.</source>
        <translation>Le mot de passe va dans le trousseau de clés de votre bureau, jamais dans un fichier. S’il est laissé vide, Mailbell le demande au moment de se connecter.</translation>
    </message>
    <message>
        <source>Mailbell asks for the password at each start and keeps it in memory only.</source>
        <translation>Mailbell demande le mot de passe à chaque démarrage et ne le garde qu’en mémoire.</translation>
    </message>
    <message>
        <source>A command that prints the password, run at each connection (for example from pass or a password manager).</source>
        <translation>Une commande qui affiche le mot de passe, exécutée à chaque connexion (par exemple pass ou un gestionnaire de mots de passe).</translation>
    </message>
    <message>
        <source>You sign in with your browser; Mailbell keeps only the provider&apos;s token, in the keyring.</source>
        <translation>Vous vous connectez avec votre navigateur&#x202f;; Mailbell ne garde que le jeton du fournisseur, dans le trousseau de clés.</translation>
    </message>
    <message>
        <source>Enter an address such as you@example.org, or leave it empty.</source>
        <translation>Saisissez une adresse comme vous@example.org, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>Enter the IMAP server, for example imap.example.org.</source>
        <translation>Saisissez le serveur IMAP, par exemple imap.example.org.</translation>
    </message>
    <message>
        <source>The server name may contain only letters, digits, dots and dashes.</source>
        <translation>Le nom du serveur ne peut contenir que des lettres, des chiffres, des points et des tirets.</translation>
    </message>
    <message>
        <source>Enter your user name (often your email address).</source>
        <translation>Saisissez votre nom d’utilisateur (souvent votre adresse électronique).</translation>
    </message>
    <message>
        <source>Enter the command that prints the password.</source>
        <translation>Saisissez la commande qui affiche le mot de passe.</translation>
    </message>
    <message>
        <source>Choose at least one folder to watch.</source>
        <translation>Choisissez au moins un dossier à surveiller.</translation>
    </message>
    <message>
        <source>The packaged client ID</source>
        <translation>L’ID client fourni avec l’application</translation>
    </message>
    <message>
        <source>Passwor&amp;d command:</source>
        <translation>Commande de mo&amp;t de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Add A&amp;ccount</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Sign in with the button above first; the connection test needs that sign-in.</source>
        <translation>Connectez-vous d’abord avec le bouton ci-dessus&#x202f;; le test de connexion a besoin de cette connexion.</translation>
    </message>
    <message>
        <source>Looking for the settings of %1…</source>
        <translation>Recherche des paramètres de %1…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>AccountOptions</name>
    <message>
        <source>Use this account of the accounts file, by its [section] name or the name the tray app shows: its server, security, user, folders, trusted certificate and password source (password-command or keyring). Options given too override the account&apos;s values.</source>
        <translation>Utiliser ce compte du fichier des comptes, désigné par le nom de sa [section] ou par le nom qu’affiche l’application de la zone de notification&#xa0;: son serveur, sa sécurité, son utilisateur, ses dossiers, son certificat approuvé et la source de son mot de passe (password-command ou trousseau de clés). Les options données en plus remplacent les valeurs du compte.</translation>
    </message>
    <message>
        <source>name</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;name&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation>nom</translation>
    </message>
    <message>
        <source>Accounts file to read (default %1; format in docs/config.md).</source>
        <translation>Fichier des comptes à lire (par défaut %1&#x202f;; format dans docs/config.md).</translation>
    </message>
    <message>
        <source>file</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;file&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation>fichier</translation>
    </message>
    <message>
        <source>IMAP server host name (also the name checked in its certificate).</source>
        <translation>Nom d’hôte du serveur IMAP (également le nom vérifié dans son certificat).</translation>
    </message>
    <message>
        <source>host</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;host&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation>hôte</translation>
    </message>
    <message>
        <source>IMAP server port (default 993 for tls, 143 for starttls and plain).</source>
        <translation>Port du serveur IMAP (par défaut 993 pour tls, 143 pour starttls et plain).</translation>
    </message>
    <message>
        <source>port</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;port&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation>port</translation>
    </message>
    <message>
        <source>Connection security: tls (default), starttls or plain.</source>
        <translation>Sécurité de la connexion&#xa0;: tls (par défaut), starttls ou plain.</translation>
    </message>
    <message>
        <source>mode</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;mode&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation>mode</translation>
    </message>
    <message>
        <source>Login user name.</source>
        <translation>Nom d’utilisateur de connexion.</translation>
    </message>
    <message>
        <source>user</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;user&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>Program that prints the password on its first line of output. Run without a shell: words are split at spaces, double quotes group them, nothing is expanded.</source>
        <translation>Programme qui affiche le mot de passe sur la première ligne de sa sortie. Exécuté sans shell&#xa0;: les mots sont séparés par les espaces, les guillemets doubles les regroupent, rien n’est développé.</translation>
    </message>
    <message>
        <source>command</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;command&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation>commande</translation>
    </message>
    <message>
        <source>Folder to look at; repeat for several (default INBOX).</source>
        <translation>Dossier à examiner&#x202f;; à répéter pour plusieurs (par défaut INBOX).</translation>
    </message>
    <message>
        <source>folder</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;folder&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Faire aussi confiance aux certificats d’autorité (CA) de ce fichier PEM.</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 fingerprint, whoever issued it (64 hex digits, colons allowed, as an untrusted certificate&apos;s error shows it). Check it with the server&apos;s administrator first.</source>
        <translation>Approuver le certificat du serveur ayant cette empreinte SHA-256, quel que soit son émetteur (64 chiffres hexadécimaux, deux-points autorisés, tels qu’affichés dans l’erreur d’un certificat non approuvé). Vérifiez-la d’abord auprès de l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;fingerprint&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation>empreinte</translation>
    </message>
    <message>
        <source>Connect to this address instead of resolving the host name; the certificate must still be valid for --host (tests, split-horizon DNS).</source>
        <translation>Se connecter à cette adresse au lieu de résoudre le nom d’hôte&#x202f;; le certificat doit quand même être valide pour --host (tests, DNS split-horizon).</translation>
    </message>
    <message>
        <source>address</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;address&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation>adresse</translation>
    </message>
    <message>
        <source>There is no --password option on purpose: other users could read it in the process list. Use --password-command, e.g. --password-command &apos;pass show mail&apos;, or --account with an account whose password is in the keyring or comes from its password-command.</source>
        <translation>Il n’y a volontairement pas d’option --password&#xa0;: les autres utilisateurs pourraient la lire dans la liste des processus. Utilisez --password-command, par ex. --password-command &apos;pass show mail&apos;, ou --account avec un compte dont le mot de passe est dans le trousseau de clés ou vient de sa password-command.</translation>
    </message>
    <message>
        <source>--host is required: the IMAP server&apos;s host name.</source>
        <translation>--host est obligatoire&#xa0;: le nom d’hôte du serveur IMAP.</translation>
    </message>
    <message>
        <source>--security must be tls, starttls or plain, not &quot;%1&quot;.</source>
        <translation>--security doit valoir tls, starttls ou plain, et non «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535, not &quot;%1&quot;.</source>
        <translation>--port doit être un nombre de 1 à 65535, et non «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>--user is required: the login user name.</source>
        <translation>--user est obligatoire&#xa0;: le nom d’utilisateur de connexion.</translation>
    </message>
    <message>
        <source>--password-command is required: a program that prints the password.</source>
        <translation>--password-command est obligatoire&#xa0;: un programme qui affiche le mot de passe.</translation>
    </message>
    <message>
        <source>--folder needs a folder name, not an empty string.</source>
        <translation>--folder demande un nom de dossier, pas une chaîne vide.</translation>
    </message>
    <message>
        <source>--cafile: %1.</source>
        <translation>--cafile&#xa0;: %1.</translation>
    </message>
    <message>
        <source>--cafile: cannot read &quot;%1&quot;.</source>
        <translation>--cafile&#xa0;: impossible de lire «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>--cafile: &quot;%1&quot; holds no PEM certificate.</source>
        <translation>--cafile&#xa0;: «&#x202f;%1&#x202f;» ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>--pin-sha256 must be a SHA-256 fingerprint: 64 hex digits, colons allowed (AB:CD:...), not &quot;%1&quot;.</source>
        <translation>--pin-sha256 doit être une empreinte SHA-256&#xa0;: 64 chiffres hexadécimaux, deux-points autorisés (AB:CD:...), et non «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>--connect-address needs an address.</source>
        <translation>--connect-address demande une adresse.</translation>
    </message>
    <message>
        <source>--protocol-log needs a file name.</source>
        <translation>--protocol-log demande un nom de fichier.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>give one --account; run the command once per account.</source>
        <translation>donnez un seul --account&#x202f;; exécutez la commande une fois par compte.</translation>
    </message>
    <message>
        <source>--%1 cannot apply to several accounts; give one --account with it, or put it in the accounts file.</source>
        <translation>--%1 ne peut pas s’appliquer à plusieurs comptes&#x202f;; donnez un seul --account avec cette option, ou mettez-la dans le fichier des comptes.</translation>
    </message>
    <message>
        <source>--account: no account &quot;%1&quot;: %2 has no usable account.</source>
        <translation>--account&#xa0;: pas de compte «&#x202f;%1&#x202f;»&#xa0;: %2 n’a aucun compte utilisable.</translation>
    </message>
    <message>
        <source>--account: no account &quot;%1&quot; in %2; its accounts are: %3.</source>
        <translation>--account&#xa0;: pas de compte «&#x202f;%1&#x202f;» dans %2&#x202f;; ses comptes sont&#xa0;: %3.</translation>
    </message>
    <message>
        <source>no accounts: the accounts file %1 does not exist.
Set up an account in the tray app (run mailbell), or create the file with one [section] per account (see docs/config.md), e.g.
  [work]
  host = imap.example.org
  user = alice
  password-command = pass show mail/work
or give one account with --host, --user and --password-command.</source>
        <translation>aucun compte&#xa0;: le fichier des comptes %1 n’existe pas.
Configurez un compte dans l’application de la zone de notification (lancez mailbell), ou créez le fichier avec une [section] par compte (voir docs/config.md), par ex.
  [work]
  host = imap.example.org
  user = alice
  password-command = pass show mail/work
ou donnez un compte avec --host, --user et --password-command.</translation>
    </message>
    <message>
        <source>no usable account in %1. Add a [section] with host, user and password-command (see docs/config.md), or fix the errors above.</source>
        <translation>aucun compte utilisable dans %1. Ajoutez une [section] avec host, user et password-command (voir docs/config.md), ou corrigez les erreurs ci-dessus.</translation>
    </message>
    <message>
        <source>Append the IMAP dialog to this file, with passwords and tokens redacted. At %1 MiB the file is renamed to &lt;file&gt;.1 (replacing an older &lt;file&gt;.1) and a new one begins; a FIFO, device or symlink (e.g. /dev/stderr) is written to, never renamed. If writing fails (disk full, ...), a warning says so once and the command runs on without the log.</source>
        <translation>Ajouter le dialogue IMAP à la fin de ce fichier, mots de passe et jetons masqués. À %1 Mio, le fichier est renommé en &lt;fichier&gt;.1 (en remplaçant un ancien &lt;fichier&gt;.1) et un nouveau commence&#x202f;; une FIFO, un périphérique ou un lien symbolique (par ex. /dev/stderr) est écrit directement, jamais renommé. Si l’écriture échoue (disque plein, …), un avertissement le signale une fois et la commande continue sans le journal.</translation>
    </message>
    <message>
        <source>--account: the accounts file %1 does not exist. Set up the account in the tray app (run mailbell), or give --config &lt;file&gt;.</source>
        <translation>--account&#xa0;: le fichier des comptes %1 n’existe pas. Configurez le compte dans l’application de la zone de notification (lancez mailbell), ou donnez --config &lt;fichier&gt;.</translation>
    </message>
    <message>
        <source>--config names the accounts file for --account: give --account &lt;name&gt; too, or use --host, --user and --password-command without --config.</source>
        <translation>--config désigne le fichier des comptes pour --account&#xa0;: donnez aussi --account &lt;nom&gt;, ou utilisez --host, --user et --password-command sans --config.</translation>
    </message>
    <message>
        <source>Or use --account &lt;name&gt;, one of the accounts in %1: %2.</source>
        <translation>Ou utilisez --account &lt;nom&gt;, l’un des comptes de %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>--%1 belongs to one account: give --account &lt;name&gt; (or --host, --user and --password-command) too, or put it in the accounts file.</source>
        <translation>--%1 concerne un seul compte&#xa0;: donnez aussi --account &lt;nom&gt; (ou --host, --user et --password-command), ou mettez cette option dans le fichier des comptes.</translation>
    </message>
</context>
<context>
    <name>AccountStatusWords</name>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>waiting for the password</source>
        <translation>en attente du mot de passe</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion en cours</translation>
    </message>
    <message>
        <source>synchronizing</source>
        <translation>synchronisation en cours</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>offline, reconnecting</source>
        <translation>hors ligne, reconnexion en cours</translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <extracomment>an account&apos;s state (tray tooltip, status lines): it cannot sign in and waits for new credentials; compare &quot;authentication failed&quot;, the kind of an error</extracomment>
        <translation>échec de l’authentification</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>the server name was not found; check the host name and the network</source>
        <translation>le nom du serveur est introuvable&#x202f;; vérifiez le nom d’hôte et le réseau</translation>
    </message>
    <message>
        <source>the server refused the connection; check the port</source>
        <translation>le serveur a refusé la connexion&#x202f;; vérifiez le port</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>le serveur n’a pas répondu à temps</translation>
    </message>
    <message>
        <source>the server&apos;s certificate changed since you trusted it; Mailbell does not connect until you review it in the account settings</source>
        <translation>le certificat du serveur a changé depuis que vous l’avez approuvé&#x202f;; Mailbell ne se connecte pas tant que vous ne l’avez pas examiné dans les paramètres du compte</translation>
    </message>
    <message>
        <source>a secure connection could not be set up</source>
        <translation>une connexion sécurisée n’a pas pu être établie</translation>
    </message>
    <message>
        <source>the server does not offer a secure connection (STARTTLS)</source>
        <translation>le serveur ne propose pas de connexion sécurisée (STARTTLS)</translation>
    </message>
    <message>
        <source>the server offers no sign-in method this account may use</source>
        <translation>le serveur ne propose aucune méthode d’authentification utilisable par ce compte</translation>
    </message>
    <message>
        <source>the user name or password was rejected</source>
        <translation>le nom d’utilisateur ou le mot de passe a été refusé</translation>
    </message>
    <message>
        <source>the server sent a response Mailbell did not understand (%1)</source>
        <extracomment>%1 names the response in IMAP terms, e.g. &quot;untagged FETCH&quot; (not translated)</extracomment>
        <translation>le serveur a envoyé une réponse que Mailbell n’a pas comprise (%1)</translation>
    </message>
    <message>
        <source>the server sent something Mailbell did not understand</source>
        <translation>le serveur a envoyé quelque chose que Mailbell n’a pas compris</translation>
    </message>
    <message>
        <source>the server closed the session</source>
        <translation>le serveur a fermé la session</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>la connexion a été perdue</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>a folder could not be opened</source>
        <translation>un dossier n’a pas pu être ouvert</translation>
    </message>
    <message>
        <source>the message no longer exists on the server</source>
        <translation>le message n’existe plus sur le serveur</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is for another server name (host name mismatch)</source>
        <translation>le certificat du serveur est établi pour un autre nom de serveur (nom d’hôte différent)</translation>
    </message>
    <message>
        <source>the server&apos;s certificate has expired</source>
        <translation>le certificat du serveur a expiré</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not valid yet; check this computer&apos;s date and time</source>
        <translation>le certificat du serveur n’est pas encore valide&#x202f;; vérifiez la date et l’heure de cet ordinateur</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is self-signed: no authority vouches for it</source>
        <translation>le certificat du serveur est auto-signé&#xa0;: aucune autorité ne s’en porte garante</translation>
    </message>
    <message>
        <source>the server&apos;s certificate was issued by an authority this computer does not know</source>
        <translation>le certificat du serveur a été émis par une autorité que cet ordinateur ne connaît pas</translation>
    </message>
    <message>
        <source>the server&apos;s certificate changed since you trusted it</source>
        <translation>le certificat du serveur a changé depuis que vous l’avez approuvé</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted</source>
        <translation>le certificat du serveur n’est pas approuvé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no error</source>
        <translation>aucune erreur</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>hôte introuvable</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>TLS certificate not trusted</source>
        <translation>certificat TLS non approuvé</translation>
    </message>
    <message>
        <source>TLS certificate changed</source>
        <translation>certificat TLS modifié</translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation>échec TLS</translation>
    </message>
    <message>
        <source>STARTTLS unavailable</source>
        <translation>STARTTLS indisponible</translation>
    </message>
    <message>
        <source>authentication unavailable</source>
        <translation>authentification indisponible</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <extracomment>the kind of an error, before its explanation (&quot;authentication failed: the user name or password was rejected&quot;); compare &quot;sign-in failed&quot;, an account&apos;s state</extracomment>
        <translation>échec de l’authentification</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>erreur de protocole</translation>
    </message>
    <message>
        <source>server ended the session</source>
        <translation>le serveur a mis fin à la session</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>erreur réseau</translation>
    </message>
    <message>
        <source>folder unavailable</source>
        <translation>dossier indisponible</translation>
    </message>
    <message>
        <source>message no longer there</source>
        <translation>message disparu</translation>
    </message>
    <message>
        <source>Check the spelling of the server name (for example imap.example.com) and that this computer is online.</source>
        <translation>Vérifiez l’orthographe du nom du serveur (par exemple imap.example.com) et que cet ordinateur est connecté au réseau.</translation>
    </message>
    <message>
        <source>Check the port: 993 for TLS, 143 for STARTTLS. A firewall may also block it.</source>
        <translation>Vérifiez le port&#xa0;: 993 pour TLS, 143 pour STARTTLS. Un pare-feu peut aussi le bloquer.</translation>
    </message>
    <message>
        <source>Check the server name and port, and whether a firewall or proxy holds the connection. Try again later if the server is busy.</source>
        <translation>Vérifiez le nom du serveur et le port, et si un pare-feu ou un proxy retient la connexion. Réessayez plus tard si le serveur est surchargé.</translation>
    </message>
    <message>
        <source>If this is your own server, compare its certificate&apos;s fingerprint with the one the server&apos;s administrator gives you, and trust it only if they match.</source>
        <translation>S’il s’agit de votre propre serveur, comparez l’empreinte de son certificat avec celle que vous donne l’administrateur du serveur, et ne l’approuvez que si elles correspondent.</translation>
    </message>
    <message>
        <source>The server now shows a different certificate from the one you trusted. Ask the server&apos;s administrator whether it was replaced; if not, someone may be intercepting the connection.</source>
        <translation>Le serveur présente maintenant un certificat différent de celui que vous avez approuvé. Demandez à l’administrateur du serveur s’il a été remplacé&#x202f;; sinon, quelqu’un intercepte peut-être la connexion.</translation>
    </message>
    <message>
        <source>Check the security setting: TLS for port 993, STARTTLS for port 143.</source>
        <translation>Vérifiez le réglage de sécurité&#xa0;: TLS pour le port 993, STARTTLS pour le port 143.</translation>
    </message>
    <message>
        <source>Choose TLS (usually port 993) if the server offers it. Mailbell does not send your password over an unencrypted connection by itself.</source>
        <translation>Choisissez TLS (généralement le port 993) si le serveur le propose. Mailbell n’envoie pas de lui-même votre mot de passe sur une connexion non chiffrée.</translation>
    </message>
    <message>
        <source>Choose another sign-in method, or enable IMAP access in the account&apos;s web settings.</source>
        <translation>Choisissez une autre méthode d’authentification, ou activez l’accès IMAP dans les paramètres web du compte.</translation>
    </message>
    <message>
        <source>Check the user name and password. Some providers need an app password or IMAP access enabled in their web settings.</source>
        <translation>Vérifiez le nom d’utilisateur et le mot de passe. Certains fournisseurs exigent un mot de passe d’application ou l’activation de l’accès IMAP dans leurs paramètres web.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check the server.</source>
        <translation>Réessayez&#x202f;; si le problème persiste, vérifiez le serveur.</translation>
    </message>
    <message>
        <source>offline, retrying at %1</source>
        <translation>hors ligne, nouvel essai à %1</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>%1: the server&apos;s certificate changed</source>
        <translation>%1&#xa0;: le certificat du serveur a changé</translation>
    </message>
    <message>
        <source>%1 shows a different certificate from the one you trusted. If its administrator did not replace it, someone may be intercepting the connection. Mailbell does not connect to this account until you review the certificate in the account settings.
Trusted SHA-256: %2
Now SHA-256: %3</source>
        <translation>%1 présente un certificat différent de celui que vous avez approuvé. Si son administrateur ne l’a pas remplacé, quelqu’un intercepte peut-être la connexion. Mailbell ne se connecte pas à ce compte tant que vous n’avez pas examiné le certificat dans les paramètres du compte.
SHA-256 approuvé&#xa0;: %2
SHA-256 actuel&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1; SHA-256 fingerprint: %2</source>
        <extracomment>%1 is the error so far (&quot;kind: explanation&quot;), %2 the certificate&apos;s fingerprint</extracomment>
        <translation>%1&#x202f;; empreinte SHA-256&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <extracomment>%1 is the error so far (&quot;protocol error: explanation (detail)&quot;), %2 the offset of the fault in the server&apos;s response</extracomment>
        <translation>%1 à l’octet %2</translation>
    </message>
    <message>
        <source>%1; the server sent: %2</source>
        <extracomment>%1 is the error so far (&quot;protocol error: explanation&quot;), %2 the start of the server&apos;s line, escaped and shortened</extracomment>
        <translation>%1&#x202f;; le serveur a envoyé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1; the server said: %2</source>
        <extracomment>%1 is the error so far (&quot;kind: explanation&quot;), %2 the server&apos;s own words</extracomment>
        <translation>%1&#x202f;; le serveur a répondu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AccountsFile</name>
    <message>
        <source>%1 is a folder, not an accounts file</source>
        <translation>%1 est un dossier, pas un fichier des comptes</translation>
    </message>
    <message>
        <source>%1: cannot read the accounts file: %2</source>
        <translation>%1&#xa0;: impossible de lire le fichier des comptes&#xa0;: %2</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>il n’existe pas</translation>
    </message>
    <message>
        <source>%1: the accounts file is larger than %2 bytes; is it the right file?</source>
        <translation>%1&#xa0;: le fichier des comptes dépasse %2 octets&#x202f;; est-ce le bon fichier&#x202f;?</translation>
    </message>
    <message>
        <source>%1: the line holds a NUL byte</source>
        <translation>%1&#xa0;: la ligne contient un octet NUL</translation>
    </message>
    <message>
        <source>%1: the line is not valid UTF-8</source>
        <translation>%1&#xa0;: la ligne n’est pas en UTF-8 valide</translation>
    </message>
    <message>
        <source>%1: a section header must look like [account-id], not &quot;%2&quot;; the lines up to the next valid section are ignored</source>
        <translation>%1&#xa0;: un en-tête de section doit avoir la forme [account-id], et non «&#x202f;%2&#x202f;»&#x202f;; les lignes jusqu’à la prochaine section valide sont ignorées</translation>
    </message>
    <message>
        <source>%1: empty section name []; the lines up to the next section are ignored</source>
        <translation>%1&#xa0;: nom de section vide []&#x202f;; les lignes jusqu’à la prochaine section sont ignorées</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is outside any [account] section and is ignored</source>
        <translation>%1&#xa0;: «&#x202f;%2&#x202f;» est en dehors de toute section [account] et est ignoré</translation>
    </message>
    <message>
        <source>%1: account &quot;%2&quot;: &quot;%3&quot; is not a &quot;key = value&quot; line</source>
        <translation>%1&#xa0;: compte «&#x202f;%2&#x202f;»&#xa0;: «&#x202f;%3&#x202f;» n’est pas une ligne «&#x202f;clé = valeur&#x202f;»</translation>
    </message>
    <message>
        <source>%1: account &quot;%2&quot;, key &quot;%3&quot;: %4</source>
        <translation>%1&#xa0;: compte «&#x202f;%2&#x202f;», clé «&#x202f;%3&#x202f;»&#xa0;: %4</translation>
    </message>
    <message>
        <source>the accounts file must never hold a password; use password-command with a program that prints it</source>
        <translation>le fichier des comptes ne doit jamais contenir de mot de passe&#x202f;; utilisez password-command avec un programme qui l’affiche</translation>
    </message>
    <message>
        <source>%1: account &quot;%2&quot;: unknown key &quot;%3&quot; is ignored</source>
        <translation>%1&#xa0;: compte «&#x202f;%2&#x202f;»&#xa0;: la clé inconnue «&#x202f;%3&#x202f;» est ignorée</translation>
    </message>
    <message>
        <source>%1: account &quot;%2&quot;: key &quot;%3&quot; is given again; line %4 wins</source>
        <translation>%1&#xa0;: compte «&#x202f;%2&#x202f;»&#xa0;: la clé «&#x202f;%3&#x202f;» est donnée une nouvelle fois&#x202f;; la ligne %4 l’emporte</translation>
    </message>
    <message>
        <source>%1: account &quot;%2&quot;: key &quot;%3&quot; is missing: %4</source>
        <translation>%1&#xa0;: compte «&#x202f;%2&#x202f;»&#xa0;: la clé «&#x202f;%3&#x202f;» manque&#xa0;: %4</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>the IMAP server&apos;s host name</source>
        <translation>le nom d’hôte du serveur IMAP</translation>
    </message>
    <message>
        <source>the login user name</source>
        <translation>le nom d’utilisateur de connexion</translation>
    </message>
    <message>
        <source>must be tls, starttls or plain, not &quot;%1&quot;</source>
        <translation>doit valoir tls, starttls ou plain, et non «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2, not &quot;%3&quot;</source>
        <translation>doit être un nombre de %1 à %2, et non «&#x202f;%3&#x202f;»</translation>
    </message>
    <message>
        <source>must be true or false, not &quot;%1&quot;</source>
        <translation>doit valoir true ou false, et non «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>must be a colour such as #3465a4 or &quot;teal&quot;, not &quot;%1&quot;</source>
        <translation>doit être une couleur comme #3465a4 ou «&#x202f;teal&#x202f;», et non «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>is a comma-separated list of folder names and has an empty one in &quot;%1&quot;</source>
        <translation>est une liste de noms de dossiers séparés par des virgules et en contient un vide dans «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;</source>
        <translation>impossible de lire «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no PEM certificate</source>
        <translation>«&#x202f;%1&#x202f;» ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>must be password, xoauth2 or oauthbearer, not &quot;%1&quot;</source>
        <translation>doit valoir password, xoauth2 ou oauthbearer, et non «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>must be keyring or ask, not &quot;%1&quot;</source>
        <translation>doit valoir keyring ou ask, et non «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>must be google or microsoft, not &quot;%1&quot;</source>
        <translation>doit valoir google ou microsoft, et non «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>google or microsoft, for OAuth 2 sign-in</source>
        <translation>google ou microsoft, pour la connexion OAuth 2</translation>
    </message>
    <message>
        <source>cannot be used with OAuth 2 sign-in (auth = %1)</source>
        <translation>ne peut pas être utilisé avec la connexion OAuth 2 (auth = %1)</translation>
    </message>
    <message>
        <source>must be a SHA-256 fingerprint (64 hex digits, colons allowed), not &quot;%1&quot;</source>
        <translation>doit être une empreinte SHA-256 (64 chiffres hexadécimaux, deux-points autorisés), et non «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>%1: account &quot;%2&quot;: the id &quot;%3&quot; is already used by an earlier account</source>
        <translation>%1&#xa0;: compte «&#x202f;%2&#x202f;»&#xa0;: l’identifiant «&#x202f;%3&#x202f;» est déjà utilisé par un compte précédent</translation>
    </message>
    <message>
        <source>The account id &quot;%1&quot; cannot be used.</source>
        <translation>L’identifiant de compte «&#x202f;%1&#x202f;» n’est pas utilisable.</translation>
    </message>
    <message>
        <source>The accounts file never holds a secret (key &quot;%1&quot;).</source>
        <translation>Le fichier des comptes ne contient jamais de secret (clé «&#x202f;%1&#x202f;»).</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;.</source>
        <translation>Clé inconnue «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; must be one line without NUL characters.</source>
        <translation>La valeur de «&#x202f;%1&#x202f;» doit tenir sur une ligne, sans caractère NUL.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot add an account: %1.</source>
        <translation>Impossible d’ajouter un compte&#xa0;: %1.</translation>
    </message>
    <message>
        <source>An account with the id &quot;%1&quot; already exists.</source>
        <translation>Un compte ayant l’identifiant «&#x202f;%1&#x202f;» existe déjà.</translation>
    </message>
    <message>
        <source>The new account would not load.</source>
        <translation>Le nouveau compte ne pourrait pas être chargé.</translation>
    </message>
    <message>
        <source>cannot read the accounts file: %1</source>
        <extracomment>%1 says what the path is instead, e.g. &quot;/x is a folder, not a regular file&quot;</extracomment>
        <translation>impossible de lire le fichier des comptes&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1; account &quot;%2&quot; skipped</source>
        <extracomment>%1 is the problem found in the account&apos;s section (a whole sentence without a final period), %2 the section&apos;s name</extracomment>
        <translation>%1&#x202f;; compte «&#x202f;%2&#x202f;» ignoré</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Tick an account to watch it; untick to pause it</source>
        <translation>Cochez un compte pour le surveiller&#x202f;; décochez-le pour le mettre en pause</translation>
    </message>
    <message>
        <source>Accounts to &amp;watch (untick to pause one):</source>
        <translation>Comptes à sur&amp;veiller (décochez pour en mettre un en pause)&#xa0;:</translation>
    </message>
    <message>
        <source>Paused: tick to watch this account again</source>
        <translation>En pause&#xa0;: cochez pour surveiller à nouveau ce compte</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot;? Mailbell stops watching it and forgets its saved password. The mail on the server stays.</source>
        <translation>Supprimer le compte «&#x202f;%1&#x202f;»&#x202f;? Mailbell cesse de le surveiller et oublie son mot de passe enregistré. Les messages sur le serveur sont conservés.</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conserver</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
</context>
<context>
    <name>AccountsWriter</name>
    <message>
        <source>The account id &quot;%1&quot; cannot be used.</source>
        <translation>L’identifiant de compte «&#x202f;%1&#x202f;» n’est pas utilisable.</translation>
    </message>
    <message>
        <source>Two accounts have the id &quot;%1&quot;.</source>
        <translation>Deux comptes ont l’identifiant «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;: the value of &quot;%2&quot; must be one line.</source>
        <translation>Compte «&#x202f;%1&#x202f;»&#xa0;: la valeur de «&#x202f;%2&#x202f;» doit tenir sur une ligne.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; would not load back.</source>
        <translation>Le compte «&#x202f;%1&#x202f;» ne pourrait pas être relu.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;: &quot;%2&quot; cannot be stored as &quot;%3&quot;; it would read back as &quot;%4&quot;.</source>
        <translation>Compte «&#x202f;%1&#x202f;»&#xa0;: «&#x202f;%2&#x202f;» ne peut pas être enregistré sous la forme «&#x202f;%3&#x202f;»&#x202f;; il serait relu comme «&#x202f;%4&#x202f;».</translation>
    </message>
    <message>
        <source>Cannot save %1: it is a folder, not a file.</source>
        <translation>Impossible d’enregistrer %1&#xa0;: c’est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot save %1: cannot read it first: %2</source>
        <translation>Impossible d’enregistrer %1&#xa0;: impossible de le lire d’abord&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot save: %1.</source>
        <translation>Impossible d’enregistrer&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Cannot save %1: it is larger than %2 bytes.</source>
        <translation>Impossible d’enregistrer %1&#xa0;: il dépasse %2 octets.</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot save %1: it is a folder, not a file.</source>
        <translation>Impossible d’enregistrer %1&#xa0;: c’est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot save: %1.</source>
        <translation>Impossible d’enregistrer&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Cannot save %1: cannot create a temporary file in its folder: %2</source>
        <translation>Impossible d’enregistrer %1&#xa0;: impossible de créer un fichier temporaire dans son dossier&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2: %3</source>
        <translation>Impossible d’enregistrer %1&#xa0;: %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot set its permissions</source>
        <translation>impossible de définir ses droits d’accès</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>impossible d’écrire</translation>
    </message>
    <message>
        <source>cannot flush to disk</source>
        <translation>impossible de vider les tampons sur le disque</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d’enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved %1, but cannot flush its folder to disk: %2</source>
        <translation>%1 enregistré, mais impossible de vider son dossier sur le disque&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>Impossible de supprimer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AutoconfigFetcher</name>
    <message>
        <source>no answer within %1 seconds</source>
        <translation>pas de réponse en %1 secondes</translation>
    </message>
    <message>
        <source>the document is larger than %1 KiB</source>
        <translation>le document dépasse %1 Kio</translation>
    </message>
    <message>
        <source>autoconfig %1: %2</source>
        <translation>autoconfig %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a redirect without a valid location</source>
        <translation>une redirection sans emplacement valide</translation>
    </message>
    <message>
        <source>refused a redirect to %1 (not HTTPS)</source>
        <translation>redirection vers %1 refusée (pas en HTTPS)</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>plus de %1 redirections</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>le serveur a répondu HTTP %1</translation>
    </message>
</context>
<context>
    <name>AutoconfigParser</name>
    <message>
        <source>not valid XML (line %1: %2)</source>
        <translation>XML non valide (ligne %1&#xa0;: %2)</translation>
    </message>
    <message>
        <source>not an autoconfig document (no clientConfig element)</source>
        <translation>pas un document autoconfig (aucun élément clientConfig)</translation>
    </message>
    <message>
        <source>autoconfig %1: an IMAP server without a valid host name and port</source>
        <translation>autoconfig %1&#xa0;: un serveur IMAP sans nom d’hôte ni port valides</translation>
    </message>
    <message>
        <source>autoconfig %1: %2 is offered without encryption (refused)</source>
        <translation>autoconfig %1&#xa0;: %2 est proposé sans chiffrement (refusé)</translation>
    </message>
    <message>
        <source>autoconfig %1: %2 offers no sign-in method Mailbell supports (%3)</source>
        <translation>autoconfig %1&#xa0;: %2 ne propose aucune méthode d’authentification prise en charge par Mailbell (%3)</translation>
    </message>
    <message>
        <source>Autoconfig from %1</source>
        <translation>Autoconfig depuis %1</translation>
    </message>
    <message>
        <source>autoconfig %1: no IMAP server (only POP3 or others)</source>
        <translation>autoconfig %1&#xa0;: aucun serveur IMAP (seulement POP3 ou autres)</translation>
    </message>
    <message>
        <source>autoconfig %1: no incoming server</source>
        <translation>autoconfig %1&#xa0;: aucun serveur entrant</translation>
    </message>
</context>
<context>
    <name>Autodetector</name>
    <message>
        <source>&quot;%1&quot; is not an email address (name@example.org).</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas une adresse électronique (nom@example.org).</translation>
    </message>
    <message>
        <source>%1 is a local name: there is nothing to look up.</source>
        <translation>%1 est un nom local&#xa0;: il n’y a rien à rechercher.</translation>
    </message>
    <message>
        <source>No settings can be looked up for %1, a local name; enter the server below.</source>
        <translation>Aucun paramètre ne peut être recherché pour %1, un nom local&#x202f;; saisissez le serveur ci-dessous.</translation>
    </message>
    <message>
        <source>Not among the known providers</source>
        <translation>Pas parmi les fournisseurs connus</translation>
    </message>
    <message>
        <source>Found through DNS: check that %1 is your provider&apos;s server.</source>
        <translation>Trouvé via le DNS&#xa0;: vérifiez que %1 est bien le serveur de votre fournisseur.</translation>
    </message>
    <message>
        <source>This server offers only STARTTLS, not a TLS connection from the start.</source>
        <translation>Ce serveur ne propose que STARTTLS, pas de connexion TLS dès le départ.</translation>
    </message>
    <message>
        <source>Looking up %1 among the known providers…</source>
        <translation>Recherche de %1 parmi les fournisseurs connus…</translation>
    </message>
    <message>
        <source>Asking DNS about %1…</source>
        <translation>Interrogation du DNS sur %1…</translation>
    </message>
    <message>
        <source>Asking %1 for its configuration…</source>
        <translation>Demande de sa configuration à %1…</translation>
    </message>
    <message>
        <source>Asking DNS who handles mail for %1…</source>
        <translation>Demande au DNS qui gère le courrier de %1…</translation>
    </message>
</context>
<context>
    <name>CertificateTrustDialog</name>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation>Expiré le %1.</translation>
    </message>
    <message>
        <source>Not yet valid: valid from %1.</source>
        <translation>Pas encore valide&#xa0;: valide à partir du %1.</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>The server %1 showed a certificate that this computer does not trust. Trust it only if you know it is your server&apos;s certificate, for example because its SHA-256 fingerprint matches the one its administrator gave you.</source>
        <translation>Le serveur %1 a présenté un certificat auquel cet ordinateur ne fait pas confiance. Ne l’approuvez que si vous savez qu’il s’agit du certificat de votre serveur, par exemple parce que son empreinte SHA-256 correspond à celle que son administrateur vous a donnée.</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Délivré à&#xa0;:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Délivré par&#xa0;:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validité&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (issued by %2)</source>
        <translation>%1 (délivré par %2)</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Chaîne&#xa0;:</translation>
    </message>
    <message>
        <source>Do not trust</source>
        <translation>Ne pas approuver</translation>
    </message>
    <message>
        <source>Trust this certificate for this account</source>
        <translation>Approuver ce certificat pour ce compte</translation>
    </message>
    <message>
        <source>Changed certificate</source>
        <translation>Certificat modifié</translation>
    </message>
    <message>
        <source>This certificate differs from the one you trusted for %1 before (SHA-256 %2). If the server&apos;s administrator did not replace it, someone may be intercepting the connection.</source>
        <translation>Ce certificat diffère de celui que vous aviez approuvé pour %1 (SHA-256 %2). Si l’administrateur du serveur ne l’a pas remplacé, quelqu’un intercepte peut-être la connexion.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>mailbell check: %1</source>
        <translation>mailbell check&#xa0;: %1</translation>
    </message>
    <message>
        <source>mailbell check: account &quot;%1&quot; signs in with OAuth 2, which check does not do yet; use mailbell watch --account %1.</source>
        <translation>mailbell check&#xa0;: le compte «&#x202f;%1&#x202f;» se connecte avec OAuth 2, ce que check ne gère pas encore&#x202f;; utilisez mailbell watch --account %1.</translation>
    </message>
    <message>
        <source>mailbell check: cannot write the protocol log: %1</source>
        <translation>mailbell check&#xa0;: impossible d’écrire le journal du protocole&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot get the status of folder &quot;%1&quot;: the server said: %2</source>
        <translation>impossible d’obtenir l’état du dossier «&#x202f;%1&#x202f;»&#xa0;: le serveur a répondu&#xa0;: %2</translation>
    </message>
    <message>
        <source>protocol error: the server&apos;s STATUS reply for folder &quot;%1&quot; lacks MESSAGES or UNSEEN</source>
        <translation>erreur de protocole&#xa0;: la réponse STATUS du serveur pour le dossier «&#x202f;%1&#x202f;» ne contient pas MESSAGES ou UNSEEN</translation>
    </message>
    <message>
        <source>%1/%2: %3 unseen of %4</source>
        <translation>%1/%2&#xa0;: %3 non vus sur %4</translation>
    </message>
    <message>
        <source>Connects once to one account (--account &lt;name&gt; from the accounts file, or one given with --host, --user and --password-command), prints the unseen and total message counts of each folder and exits 0 when no folder has unseen mail, 1 when some folder has, 2 on any error.</source>
        <translation>Se connecte une fois à un compte (--account &lt;nom&gt; du fichier des comptes, ou un compte donné avec --host, --user et --password-command), affiche le nombre de messages non vus et le nombre total de messages de chaque dossier, et se termine avec le code 0 quand aucun dossier n’a de message non vu, 1 quand au moins un dossier en a, 2 en cas d’erreur.</translation>
    </message>
</context>
<context>
    <name>CommandAdvice</name>
    <message>
        <source>Port %1 speaks plain IMAP; use --security starttls</source>
        <translation>Le port %1 utilise IMAP en clair&#x202f;; utilisez --security starttls</translation>
    </message>
    <message>
        <source>Port %1 speaks TLS (implicit TLS); use --security tls</source>
        <translation>Le port %1 utilise TLS (TLS implicite)&#x202f;; utilisez --security tls</translation>
    </message>
    <message>
        <source>To trust this certificate, first compare its fingerprint with the one the server&apos;s administrator gives you; if they match, add:</source>
        <translation>Pour approuver ce certificat, comparez d’abord son empreinte avec celle que vous donne l’administrateur du serveur&#x202f;; si elles correspondent, ajoutez&#xa0;:</translation>
    </message>
    <message>
        <source>Only if the server&apos;s administrator confirms that the certificate was replaced, trust the new one; add:</source>
        <translation>N’approuvez le nouveau certificat que si l’administrateur du serveur confirme qu’il a été remplacé&#x202f;; ajoutez&#xa0;:</translation>
    </message>
    <message>
        <source>or, to keep trusting it, write this line in the account&apos;s section [%1] of the accounts file (the tray app&apos;s certificate trust does the same):</source>
        <extracomment>%1 is the account&apos;s section name in the accounts file</extracomment>
        <translation>ou, pour continuer à l’approuver, écrivez cette ligne dans la section [%1] du compte dans le fichier des comptes (c’est ce que fait l’approbation du certificat dans l’application de la zone de notification)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>Tester la conne&amp;xion</translation>
    </message>
    <message>
        <source>Enter the server name first.</source>
        <translation>Saisissez d’abord le nom du serveur.</translation>
    </message>
    <message>
        <source>Cancel &amp;test</source>
        <translation>Annuler le &amp;test</translation>
    </message>
    <message>
        <source>✔ Connection works</source>
        <translation>✔ La connexion fonctionne</translation>
    </message>
    <message>
        <source>✖ Connection failed</source>
        <translation>✖ Échec de la connexion</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Recherche de %1…</translation>
    </message>
    <message>
        <source>Connecting to %1 on port %2…</source>
        <translation>Connexion à %1 sur le port %2…</translation>
    </message>
    <message>
        <source>Setting up a secure connection (STARTTLS)…</source>
        <translation>Établissement d’une connexion sécurisée (STARTTLS)…</translation>
    </message>
    <message>
        <source>Setting up a secure connection (TLS)…</source>
        <translation>Établissement d’une connexion sécurisée (TLS)…</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Authentification en tant que %1…</translation>
    </message>
    <message>
        <source>Signed in. Listing folders…</source>
        <translation>Authentifié. Récupération de la liste des dossiers…</translation>
    </message>
    <message numerus="yes">
        <source>Signed in and found %n folder(s).</source>
        <translation>
            <numerusform>Authentifié, %n dossier trouvé.</numerusform>
            <numerusform>Authentifié, %n dossiers trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server lists more folders; only the first %L1 are shown.</source>
        <translation>Le serveur liste d’autres dossiers&#x202f;; seuls les %L1 premiers sont affichés.</translation>
    </message>
    <message numerus="yes">
        <source>%n folder name(s) could not be read and are left out.</source>
        <translation>
            <numerusform>%n nom de dossier n’a pas pu être lu et est omis.</numerusform>
            <numerusform>%n noms de dossiers n’ont pas pu être lus et sont omis.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server does not push new mail (no IDLE): Mailbell will check periodically.</source>
        <translation>Le serveur ne pousse pas les nouveaux messages (pas d’IDLE)&#xa0;: Mailbell vérifiera régulièrement.</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test annulé.</translation>
    </message>
    <message>
        <source>Failed: %1.</source>
        <translation>Échec&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <translation>Le serveur a répondu&#xa0;: «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Empreinte SHA-256&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CredentialBroker</name>
    <message>
        <source>This account has no OAuth provider (oauth-provider).</source>
        <translation>Ce compte n’a pas de fournisseur OAuth (oauth-provider).</translation>
    </message>
    <message numerus="yes">
        <source>The keyring did not answer within %n second(s).</source>
        <translation>
            <numerusform>Le trousseau de clés n’a pas répondu en %n seconde.</numerusform>
            <numerusform>Le trousseau de clés n’a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No desktop session bus (D-Bus): the keyring (Secret Service) cannot be reached.</source>
        <translation>Pas de bus de session du bureau (D-Bus)&#xa0;: le trousseau de clés (Secret Service) est inaccessible.</translation>
    </message>
    <message>
        <source>No keyring (Secret Service, such as GNOME Keyring or KWallet) is running in this desktop session: passwords cannot be saved.</source>
        <translation>Aucun trousseau de clés (Secret Service, comme GNOME Keyring ou KWallet) ne fonctionne dans cette session&#xa0;: les mots de passe ne peuvent pas être enregistrés.</translation>
    </message>
    <message>
        <source>No keyring (Secret Service) is available: passwords cannot be saved. %1</source>
        <translation>Aucun trousseau de clés (Secret Service) n’est disponible&#xa0;: les mots de passe ne peuvent pas être enregistrés. %1</translation>
    </message>
    <message>
        <source>The keyring refused access: %1</source>
        <translation>Le trousseau de clés a refusé l’accès&#xa0;: %1</translation>
    </message>
    <message>
        <source>Keyring error: %1</source>
        <translation>Erreur du trousseau de clés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message numerus="yes">
        <source>mailbell demo: started a private IMAP server on 127.0.0.1:%1 (user &quot;demo&quot;, %n sample message(s) already in its mailboxes).</source>
        <translation>
            <numerusform>mailbell demo&#xa0;: serveur IMAP privé démarré sur 127.0.0.1:%1 (utilisateur «&#x202f;demo&#x202f;», %n message d’exemple déjà dans ses boîtes aux lettres).</numerusform>
            <numerusform>mailbell demo&#xa0;: serveur IMAP privé démarré sur 127.0.0.1:%1 (utilisateur «&#x202f;demo&#x202f;», %n messages d’exemple déjà dans ses boîtes aux lettres).</numerusform>
        </translation>
    </message>
    <message>
        <source>The Mailbell tray app is watching it: look at the Mailbell icon in your panel&apos;s system tray, where a new sample message is announced every %1 s.</source>
        <translation>L’application Mailbell le surveille&#xa0;: regardez son icône dans la zone de notification de votre panneau, où un nouveau message d’exemple est annoncé toutes les %1 s.</translation>
    </message>
    <message>
        <source>Your own mail accounts are not touched; to try one, add it in the tray menu&apos;s Settings: it is saved for the normal &apos;mailbell&apos; too.</source>
        <translation>Vos propres comptes de messagerie ne sont pas touchés&#x202f;; pour en essayer un, ajoutez-le via Paramètres dans le menu de l’icône de la zone de notification&#xa0;: il est aussi enregistré pour «&#x202f;mailbell&#x202f;» lancé normalement.</translation>
    </message>
    <message>
        <source>Stop with Ctrl+C here, or Quit in the tray icon&apos;s menu.</source>
        <translation>Arrêtez avec Ctrl+C ici, ou avec Quitter dans le menu de l’icône de la zone de notification.</translation>
    </message>
    <message>
        <source>A new sample message arrives every %1 s; its event is printed as &apos;mailbell watch&apos; prints it.</source>
        <translation>Un nouveau message d’exemple arrive toutes les %1 s&#x202f;; son événement est affiché comme le fait «&#x202f;mailbell watch&#x202f;».</translation>
    </message>
    <message>
        <source>Stop with Ctrl+C.</source>
        <translation>Arrêtez avec Ctrl+C.</translation>
    </message>
    <message>
        <source>Starts a private mail server with a demo account that receives a sample message every few seconds, and shows Mailbell at work on it: the tray app when there is a display, otherwise the events as &apos;mailbell watch&apos; prints them. Needs the Debian packages dovecot-core and dovecot-imapd; touches no real mail account. Runs until interrupted (Ctrl+C or SIGTERM) or the tray app quits.</source>
        <translation>Démarre un serveur de messagerie privé avec un compte de démonstration qui reçoit un message d’exemple à quelques secondes d’intervalle, et y montre Mailbell à l’œuvre&#xa0;: l’application de la zone de notification s’il y a un affichage, sinon les événements tels que «&#x202f;mailbell watch&#x202f;» les affiche. Nécessite les paquets Debian dovecot-core et dovecot-imapd&#x202f;; ne touche à aucun vrai compte de messagerie. S’exécute jusqu’à interruption (Ctrl+C ou SIGTERM) ou jusqu’à ce que l’application de la zone de notification se ferme.</translation>
    </message>
    <message>
        <source>Without the tray app: print one JSON object per line, as &apos;mailbell watch --json&apos; does; nothing else goes to standard output.</source>
        <translation>Sans l’application de la zone de notification&#xa0;: afficher un objet JSON par ligne, comme «&#x202f;mailbell watch --json&#x202f;»&#x202f;; rien d’autre ne va sur la sortie standard.</translation>
    </message>
    <message>
        <source>Print the events even when there is a display (no tray app).</source>
        <translation>Afficher les événements même s’il y a un affichage (pas d’application dans la zone de notification).</translation>
    </message>
    <message>
        <source>Seconds between two sample messages (default %1).</source>
        <translation>Secondes entre deux messages d’exemple (par défaut %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;seconds&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation>secondes</translation>
    </message>
    <message>
        <source>mailbell demo: --interval needs a number of seconds from %1 to %2, not &quot;%3&quot;.</source>
        <translation>mailbell demo&#xa0;: --interval demande un nombre de secondes de %1 à %2, et non «&#x202f;%3&#x202f;».</translation>
    </message>
    <message>
        <source>mailbell demo: no display (neither DISPLAY nor WAYLAND_DISPLAY is set, or QT_QPA_PLATFORM shows nothing), so no tray icon: printing the demo account&apos;s events as &apos;mailbell watch&apos; does instead.</source>
        <translation>mailbell demo&#xa0;: pas d’affichage (ni DISPLAY ni WAYLAND_DISPLAY n’est défini, ou QT_QPA_PLATFORM n’affiche rien), donc pas d’icône dans la zone de notification&#xa0;: les événements du compte de démonstration sont affichés à la place, comme le fait «&#x202f;mailbell watch&#x202f;».</translation>
    </message>
    <message>
        <source>mailbell demo: the tray app is not part of this build yet: printing the demo account&apos;s events as &apos;mailbell watch&apos; does instead.</source>
        <translation>mailbell demo&#xa0;: l’application de la zone de notification ne fait pas encore partie de cette version&#xa0;: les événements du compte de démonstration sont affichés à la place, comme le fait «&#x202f;mailbell watch&#x202f;».</translation>
    </message>
    <message>
        <source>mailbell demo: %1</source>
        <translation>mailbell demo&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message numerus="yes">
        <source>The demo runs its own small mail server, Dovecot, which is not fully installed here. Install the Debian package(s) %1, for example with
  sudo apt install %2</source>
        <extracomment>%1 lists the missing packages (comma-separated), %2 the same for the command line</extracomment>
        <translation>
            <numerusform>La démo exécute son propre petit serveur de messagerie, Dovecot, qui n’est pas entièrement installé ici. Installez le paquet Debian %1, par exemple avec
  sudo apt install %2</numerusform>
            <numerusform>La démo exécute son propre petit serveur de messagerie, Dovecot, qui n’est pas entièrement installé ici. Installez les paquets Debian %1, par exemple avec
  sudo apt install %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo mail server did not start: %1</source>
        <translation>Le serveur de messagerie de la démo n’a pas démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The demo mail server started but could not be set up: %1</source>
        <translation>Le serveur de messagerie de la démo a démarré mais n’a pas pu être configuré&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>Could not store a sample message in %1: %2</source>
        <translation>Impossible d’enregistrer un message d’exemple dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DemoTray</name>
    <message>
        <source>%1 (sample server, not saved)</source>
        <translation>%1 (serveur d’exemple, non enregistré)</translation>
    </message>
    <message>
        <source>The demo account exists only while &apos;mailbell demo&apos; runs: it cannot be edited or removed, and it is never saved. Add your own account with %1</source>
        <extracomment>%1 is the label of the settings button that adds an account (&quot;Add…&quot;)</extracomment>
        <translation>Le compte de démonstration n’existe que pendant l’exécution de «&#x202f;mailbell demo&#x202f;»&#xa0;: il ne peut être ni modifié ni supprimé, et il n’est jamais enregistré. Ajoutez votre propre compte avec %1</translation>
    </message>
</context>
<context>
    <name>EventFormatter</name>
    <message>
        <source>Ready: watching %1 in %2.</source>
        <extracomment>%1 is &quot;%n folder(s)&quot;, %2 is &quot;%n account(s)&quot;</extracomment>
        <translation>Prêt&#xa0;: surveillance de %1 dans %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n compte</numerusform>
            <numerusform>%n comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>(unknown sender)</source>
        <translation>(expéditeur inconnu)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>%1 New: %2 — %3</source>
        <translation>%1 Nouveau&#xa0;: %2 — %3</translation>
    </message>
    <message>
        <source>%1 Removed: message %2</source>
        <translation>%1 Supprimé&#xa0;: message %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 Flags of message %2: %3</source>
        <translation>%1 Indicateurs du message %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 %2 unseen of %3</source>
        <translation>%1 %2 non vus sur %3</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source> (next attempt at %1)</source>
        <translation> (prochain essai à %1)</translation>
    </message>
    <message>
        <source>[%1] Error: %2</source>
        <translation>[%1] Erreur&#xa0;: %2</translation>
    </message>
    <message>
        <source>[%1] %2 — %3</source>
        <extracomment>%1 the account, %2 its state (&quot;offline, reconnecting&quot;), %3 what went wrong</extracomment>
        <translation>[%1] %2 — %3</translation>
    </message>
</context>
<context>
    <name>ExecRunner</name>
    <message>
        <source>--exec needs a program to run.</source>
        <translation>--exec demande un programme à exécuter.</translation>
    </message>
    <message>
        <source>--exec: more than %1 messages are waiting; message %2 in %3 is skipped.</source>
        <translation>--exec&#xa0;: plus de %1 messages sont en attente&#x202f;; le message %2 dans %3 est ignoré.</translation>
    </message>
    <message>
        <source>message %1 in %2</source>
        <translation>message %1 dans %2</translation>
    </message>
    <message>
        <source>--exec: &quot;%1&quot; could not be started for %2: %3</source>
        <translation>--exec&#xa0;: «&#x202f;%1&#x202f;» n’a pas pu être démarré pour %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>--exec: &quot;%1&quot; was killed after %n second(s) for %2</source>
        <translation>
            <numerusform>--exec&#xa0;: «&#x202f;%1&#x202f;» a été tué après %n seconde pour %2</numerusform>
            <numerusform>--exec&#xa0;: «&#x202f;%1&#x202f;» a été tué après %n secondes pour %2</numerusform>
        </translation>
    </message>
    <message>
        <source>--exec: &quot;%1&quot; crashed for %2</source>
        <translation>--exec&#xa0;: «&#x202f;%1&#x202f;» s’est arrêté anormalement pour %2</translation>
    </message>
    <message>
        <source>--exec: &quot;%1&quot; failed with exit code %2 for %3</source>
        <translation>--exec&#xa0;: «&#x202f;%1&#x202f;» a échoué avec le code de sortie %2 pour %3</translation>
    </message>
</context>
<context>
    <name>FileKindWords</name>
    <message>
        <source>%1 is a folder, not a regular file</source>
        <translation>%1 est un dossier, pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1 is a character device, not a regular file</source>
        <translation>%1 est un périphérique en mode caractère, pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1 is a block device, not a regular file</source>
        <translation>%1 est un périphérique en mode bloc, pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1 is a named pipe (FIFO), not a regular file</source>
        <translation>%1 est un tube nommé (FIFO), pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1 is a socket, not a regular file</source>
        <translation>%1 est un socket, pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1 is a symbolic link, not a regular file</source>
        <translation>%1 est un lien symbolique, pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1 cannot be examined, so it is not used</source>
        <translation>%1 ne peut pas être examiné, il n’est donc pas utilisé</translation>
    </message>
</context>
<context>
    <name>FolderTreeModel</name>
    <message>
        <source>All mail</source>
        <translation>Tous les messages</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archives</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Junk</source>
        <translation>Indésirables</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: configured, not (yet) listed by the server</source>
        <translation>%1&#xa0;: configuré, pas (encore) listé par le serveur</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>S&amp;tart Mailbell when I log in</source>
        <translation>Lancer Mailbell à l’&amp;ouverture de session</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies the next time Mailbell starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de Mailbell.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>HeadlessPassword</name>
    <message>
        <source>The account&apos;s password is asked at each start of the tray app and kept nowhere; give --password-command, or add a password-command to the account (see docs/config.md).</source>
        <translation>Le mot de passe du compte est demandé à chaque démarrage de l’application de la zone de notification et n’est conservé nulle part&#x202f;; donnez --password-command, ou ajoutez une password-command au compte (voir docs/config.md).</translation>
    </message>
    <message>
        <source>The account has no password-command and no password is saved in the keyring for it; add a password-command (see docs/config.md), give --password-command, or save the password from the tray app.</source>
        <translation>Le compte n’a pas de password-command et aucun mot de passe n’est enregistré pour lui dans le trousseau de clés&#x202f;; ajoutez une password-command (voir docs/config.md), donnez --password-command, ou enregistrez le mot de passe depuis l’application de la zone de notification.</translation>
    </message>
    <message>
        <source>The account has no password-command and the keyring could not be read: %1</source>
        <translation>Le compte n’a pas de password-command et le trousseau de clés n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server rejected the password and nobody can type another one here; add a password-command to the account (see docs/config.md), or give --password-command.</source>
        <translation>Le serveur a refusé le mot de passe et personne ne peut en saisir un autre ici&#x202f;; ajoutez une password-command au compte (voir docs/config.md), ou donnez --password-command.</translation>
    </message>
</context>
<context>
    <name>LanguageLoader</name>
    <message>
        <source>settings.conf: [general] language = &quot;%1&quot; is not a language Qt knows; the system&apos;s language is used.</source>
        <translation>settings.conf&#xa0;: [general] language = &quot;%1&quot; n’est pas une langue connue de Qt&#x202f;; la langue du système est utilisée.</translation>
    </message>
    <message>
        <source>Mailbell has no translation for &quot;%1&quot; yet; its texts stay in English.</source>
        <translation>Mailbell n’a pas encore de traduction pour «&#x202f;%1&#x202f;»&#x202f;; ses textes restent en anglais.</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Check every account for new mail now (in the running Mailbell, which is started first when it is not running).</source>
        <translation>Vérifier maintenant tous les comptes (dans le Mailbell en cours d’exécution, lancé d’abord s’il ne tourne pas).</translation>
    </message>
    <message>
        <source>Open the settings (in the running Mailbell, which is started first when it is not running).</source>
        <translation>Ouvrir les paramètres (dans le Mailbell en cours d’exécution, lancé d’abord s’il ne tourne pas).</translation>
    </message>
</context>
<context>
    <name>MailClientLauncher</name>
    <message>
        <source>The webmail address “%1” is not valid.</source>
        <translation>L’adresse de webmail «&#x202f;%1&#x202f;» n’est pas valide.</translation>
    </message>
    <message>
        <source>The mail client command “%1” is empty.</source>
        <translation>La commande du client de messagerie «&#x202f;%1&#x202f;» est vide.</translation>
    </message>
    <message>
        <source>No mail client is set for this account.</source>
        <translation>Aucun client de messagerie n’est défini pour ce compte.</translation>
    </message>
    <message>
        <source>The web browser could not be started.</source>
        <translation>Le navigateur web n’a pas pu être lancé.</translation>
    </message>
    <message>
        <source>The mail client “%1” could not be started.</source>
        <translation>Le client de messagerie «&#x202f;%1&#x202f;» n’a pas pu être lancé.</translation>
    </message>
</context>
<context>
    <name>ManualCheck</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n nouveau message</numerusform>
            <numerusform>%n nouveaux messages</numerusform>
        </translation>
    </message>
    <message>
        <source>No new mail</source>
        <translation>Aucun nouveau message</translation>
    </message>
</context>
<context>
    <name>MarkAllReadDialog</name>
    <message>
        <source>Mark All as Read</source>
        <translation>Tout marquer comme lu</translation>
    </message>
    <message>
        <source>This marks every unread message in the watched folders as read on the server, including older ones that are not in the recent list. Other mail programs will show them as read too.</source>
        <translation>Cette action marque comme lus sur le serveur tous les messages non lus des dossiers surveillés, y compris les plus anciens qui ne figurent pas dans la liste des messages récents. Les autres logiciels de messagerie les afficheront aussi comme lus.</translation>
    </message>
    <message>
        <source>&amp;Mark All as Read</source>
        <translation>&amp;Tout marquer comme lu</translation>
    </message>
    <message numerus="yes">
        <source>Mark all %n unread message(s) as read?</source>
        <translation>
            <numerusform>Marquer %n message non lu comme lu&#x202f;?</numerusform>
            <numerusform>Marquer les %n messages non lus comme lus&#x202f;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageSummaryWindow</name>
    <message>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc&#xa0;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte&#xa0;:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>This message has no text preview.</source>
        <translation>Ce message n’a pas d’aperçu textuel.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Mark as &amp;read</source>
        <translation>Marquer comme &amp;lu</translation>
    </message>
    <message>
        <source>&amp;Flag</source>
        <translation>Sui&amp;vre</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Open in mail client</source>
        <translation>&amp;Ouvrir dans la messagerie</translation>
    </message>
    <message>
        <source>%1 — Mailbell</source>
        <translation>%1 — Mailbell</translation>
    </message>
    <message>
        <source>This message was deleted or moved on the server.</source>
        <translation>Ce message a été supprimé ou déplacé sur le serveur.</translation>
    </message>
    <message>
        <source>Mark as &amp;unread</source>
        <translation>Marquer comme &amp;non lu</translation>
    </message>
    <message>
        <source>Un&amp;flag</source>
        <translation>Ne plus sui&amp;vre</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>MessageText</name>
    <message>
        <source>(unknown sender)</source>
        <translation>(expéditeur inconnu)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lu</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Marked for deletion</source>
        <translation>Marqué pour suppression</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(sans date)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc&#xa0;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte&#xa0;:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MxDiscovery</name>
    <message>
        <source>DNS MX %1: no answer within %2 seconds</source>
        <translation>DNS MX %1&#xa0;: pas de réponse en %2 secondes</translation>
    </message>
    <message>
        <source>DNS MX %1: no record</source>
        <translation>DNS MX %1&#xa0;: aucun enregistrement</translation>
    </message>
    <message>
        <source>DNS MX %1: %2</source>
        <translation>DNS MX %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>DNS MX %1: %2 is no known provider&apos;s mail server</source>
        <translation>DNS MX %1&#xa0;: %2 n’est le serveur de messagerie d’aucun fournisseur connu</translation>
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
        <translation>Expéditeur inconnu</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Marquer comme lu</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages in %1</source>
        <translation>
            <numerusform>%n nouveau message dans %1</numerusform>
            <numerusform>%n nouveaux messages dans %1</numerusform>
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
            <numerusform>De %1 et %n autre</numerusform>
            <numerusform>De %1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation>Afficher les messages</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <source>&amp;Show a notification for new mail</source>
        <translation>&amp;Afficher une notification pour les nouveaux messages</translation>
    </message>
    <message>
        <source>Play a so&amp;und</source>
        <translation>Jo&amp;uer un son</translation>
    </message>
    <message>
        <source>Show the message &amp;preview</source>
        <translation>Afficher l’a&amp;perçu du message</translation>
    </message>
    <message>
        <source>Offer &quot;&amp;Delete&quot; on a notification</source>
        <translation>Proposer «&#x202f;Suppr&amp;imer&#x202f;» dans les notifications</translation>
    </message>
    <message>
        <source>&amp;Quiet hours from</source>
        <translation>&amp;Heures silencieuses de</translation>
    </message>
    <message>
        <source>During quiet hours, show notifications &amp;without sound</source>
        <translation>Pendant les heures silencieuses, afficher les notifications sans &amp;son</translation>
    </message>
    <message>
        <source>boss@example.org</source>
        <translation>patron@example.org</translation>
    </message>
    <message>
        <source>work/Lists/Announcements</source>
        <translation>work/Lists/Announcements</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> messages</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Unchecked, quiet hours show no notifications: only the list and the badge change.</source>
        <translation>Si cette case est décochée, les heures silencieuses n’affichent aucune notification&#xa0;: seuls la liste et le badge changent.</translation>
    </message>
    <message>
        <source>Announcing</source>
        <translation>Annonces</translation>
    </message>
    <message>
        <source>wi&amp;thin</source>
        <translation>en &amp;moins de</translation>
    </message>
    <message>
        <source>Group mo&amp;re than</source>
        <translation>&amp;Regrouper plus de</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Heures silencieuses</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;jusqu’à</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Jours&#xa0;:</translation>
    </message>
    <message>
        <source>Senders and folders</source>
        <translation>Expéditeurs et dossiers</translation>
    </message>
    <message>
        <source>&amp;VIP senders
(always announced,
one address a line):</source>
        <translation>Expéditeurs &amp;VIP
(toujours annoncés,
une adresse par ligne)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Muted folders
(account/folder,
one a line):</source>
        <translation>&amp;Dossiers en sourdine
(compte/dossier,
un par ligne)&#xa0;:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas une adresse électronique.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not account/folder, such as work/Lists/Qt.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas de la forme compte/dossier, comme work/Lists/Qt.</translation>
    </message>
    <message>
        <source>Choose at least one day for quiet hours.</source>
        <translation>Choisissez au moins un jour pour les heures silencieuses.</translation>
    </message>
</context>
<context>
    <name>OAuthAuthorizer</name>
    <message>
        <source>The sign-in was not completed in the browser in time. Try again.</source>
        <translation>La connexion dans le navigateur n’a pas été finalisée à temps. Réessayez.</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1 for the browser&apos;s answer.</source>
        <translation>Impossible d’écouter sur 127.0.0.1 pour recevoir la réponse du navigateur.</translation>
    </message>
    <message>
        <source>Mailbell received the answer. You can close this page and return to Mailbell.</source>
        <translation>Mailbell a reçu la réponse. Vous pouvez fermer cette page et revenir à Mailbell.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address yourself: %1</source>
        <translation>Aucun navigateur web n’a pu être ouvert. Ouvrez vous-même cette adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>The browser&apos;s answer does not belong to this sign-in (state mismatch); it was ignored for safety. Try again.</source>
        <translation>La réponse du navigateur ne correspond pas à cette connexion (paramètre state différent)&#x202f;; elle a été ignorée par sécurité. Réessayez.</translation>
    </message>
    <message>
        <source>The browser&apos;s answer carries no authorization code.</source>
        <translation>La réponse du navigateur ne contient aucun code d’autorisation.</translation>
    </message>
    <message>
        <source>The provider gave no refresh token, so Mailbell could not stay signed in.</source>
        <translation>Le fournisseur n’a pas donné de jeton d’actualisation, Mailbell ne peut donc pas rester connecté.</translation>
    </message>
</context>
<context>
    <name>OAuthErrors</name>
    <message>
        <source>The sign-in was declined: Mailbell did not get access to the mailbox.</source>
        <translation>La connexion a été refusée&#xa0;: Mailbell n’a pas obtenu l’accès à la boîte aux lettres.</translation>
    </message>
    <message>
        <source>The sign-in is no longer valid (revoked, expired, or the password changed). Sign in again.</source>
        <translation>La connexion n’est plus valide (révoquée, expirée, ou le mot de passe a changé). Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The sign-in service is unavailable right now; try again later.</source>
        <translation>Le service de connexion est indisponible pour le moment&#x202f;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The sign-in failed (%1).</source>
        <translation>La connexion a échoué (%1).</translation>
    </message>
    <message>
        <source>The provider says: %1</source>
        <translation>Le fournisseur indique&#xa0;: %1</translation>
    </message>
    <message>
        <source>The provider does not accept Mailbell&apos;s OAuth client ID. Check oauth-client-id (see docs/oauth.md).</source>
        <translation>Le fournisseur n’accepte pas l’ID client OAuth de Mailbell. Vérifiez oauth-client-id (voir docs/oauth.md).</translation>
    </message>
    <message>
        <source>The provider refused access to the mailbox (scope not allowed for this client ID).</source>
        <translation>Le fournisseur a refusé l’accès à la boîte aux lettres (portée non autorisée pour cet ID client).</translation>
    </message>
</context>
<context>
    <name>OAuthProvider</name>
    <message>
        <source>The %1 sign-in addresses are not valid URLs.</source>
        <translation>Les adresses de connexion de %1 ne sont pas des URL valides.</translation>
    </message>
    <message>
        <source>No OAuth client ID for %1: this build of Mailbell has none built in. Register a desktop app with %1 (redirect URI http://127.0.0.1, see docs/oauth.md) and give its client ID as the account&apos;s OAuth client ID (oauth-client-id in accounts.conf).</source>
        <translation>Aucun ID client OAuth pour %1&#xa0;: cette version de Mailbell n’en intègre aucun. Enregistrez une application de bureau auprès de %1 (URI de redirection http://127.0.0.1, voir docs/oauth.md) et indiquez son ID client comme ID client OAuth du compte (oauth-client-id dans accounts.conf).</translation>
    </message>
</context>
<context>
    <name>OAuthSignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
</context>
<context>
    <name>OAuthSignInWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser. If no browser opened, &lt;a href=&quot;%1&quot;&gt;open the sign-in page&lt;/a&gt;.</source>
        <translation>En attente de votre connexion dans le navigateur. Si aucun navigateur ne s’est ouvert, &lt;a href=&quot;%1&quot;&gt;ouvrez la page de connexion&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Signed in with %1.</source>
        <translation>Connecté avec %1.</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Se connecter avec %1</translation>
    </message>
    <message>
        <source>Finishing the sign-in…</source>
        <translation>Finalisation de la connexion…</translation>
    </message>
</context>
<context>
    <name>OAuthTokenClient</name>
    <message>
        <source>The sign-in service could not be reached: %1</source>
        <translation>Le service de connexion est injoignable&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sign-in service gave an unusable answer (HTTP %1, %2 bytes).</source>
        <translation>Le service de connexion a donné une réponse inutilisable (HTTP %1, %2 octets).</translation>
    </message>
</context>
<context>
    <name>OAuthTokenManager</name>
    <message>
        <source>Not signed in: sign in to this account.</source>
        <translation>Non connecté&#xa0;: connectez-vous à ce compte.</translation>
    </message>
    <message>
        <source>Not signed in: no sign-in is saved for this account.</source>
        <translation>Non connecté&#xa0;: aucune connexion n’est enregistrée pour ce compte.</translation>
    </message>
    <message>
        <source>Sign in again; the sign-in is kept in memory for this session only.</source>
        <translation>Reconnectez-vous&#x202f;; la connexion n’est gardée en mémoire que pour cette session.</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n second(s).</source>
        <translation>
            <numerusform>Nouvel essai dans %n seconde.</numerusform>
            <numerusform>Nouvel essai dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in is kept in memory for this session only; you will have to sign in again after a restart.</source>
        <translation>La connexion n’est gardée en mémoire que pour cette session&#x202f;; vous devrez vous reconnecter après un redémarrage.</translation>
    </message>
</context>
<context>
    <name>PasswordCommand</name>
    <message>
        <source>The password command &quot;%1&quot; could not be started: %2</source>
        <translation>La commande de mot de passe «&#x202f;%1&#x202f;» n’a pas pu être lancée&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>The password command &quot;%1&quot; did not finish within %n second(s).</source>
        <translation>
            <numerusform>La commande de mot de passe «&#x202f;%1&#x202f;» ne s’est pas terminée en %n seconde.</numerusform>
            <numerusform>La commande de mot de passe «&#x202f;%1&#x202f;» ne s’est pas terminée en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password command &quot;%1&quot; printed more than %2 bytes.</source>
        <translation>La commande de mot de passe «&#x202f;%1&#x202f;» a affiché plus de %2 octets.</translation>
    </message>
    <message>
        <source>The password command &quot;%1&quot; crashed.</source>
        <translation>La commande de mot de passe «&#x202f;%1&#x202f;» s’est arrêtée anormalement.</translation>
    </message>
    <message>
        <source>The password command &quot;%1&quot; failed with exit code %2.</source>
        <translation>La commande de mot de passe «&#x202f;%1&#x202f;» a échoué avec le code de sortie %2.</translation>
    </message>
    <message>
        <source>The password command &quot;%1&quot; printed no password.</source>
        <translation>La commande de mot de passe «&#x202f;%1&#x202f;» n’a affiché aucun mot de passe.</translation>
    </message>
    <message>
        <source>The password command is empty.</source>
        <translation>La commande de mot de passe est vide.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>&amp;Remember in the keyring</source>
        <translation>&amp;Mémoriser dans le trousseau de clés</translation>
    </message>
    <message>
        <source>&amp;Ask for it at each start (kept in memory only)</source>
        <translation>&amp;Demander à chaque démarrage (gardé en mémoire uniquement)</translation>
    </message>
    <message>
        <source>Use a password &amp;command instead</source>
        <translation>Utiliser plutôt une &amp;commande de mot de passe</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Mot de passe pour %1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>A password command is a program that prints the password, for example &quot;pass show mail/work&quot; or &quot;secret-tool lookup mail work&quot;. Mailbell runs it at each start. Set it in the account&apos;s settings.</source>
        <translation>Une commande de mot de passe est un programme qui affiche le mot de passe, par exemple «&#x202f;pass show mail/work&#x202f;» ou «&#x202f;secret-tool lookup mail work&#x202f;». Mailbell l’exécute à chaque démarrage. Définissez-la dans les paramètres du compte.</translation>
    </message>
    <message>
        <source>Mailbell needs the password of the account &quot;%1&quot;.</source>
        <translation>Mailbell a besoin du mot de passe du compte «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>No keyring (Secret Service, such as GNOME Keyring or KWallet) is available, so Mailbell cannot save this password. It never writes passwords to a file. Choose how to log in:</source>
        <translation>Aucun trousseau de clés (Secret Service, comme GNOME Keyring ou KWallet) n’est disponible, Mailbell ne peut donc pas enregistrer ce mot de passe. Il n’écrit jamais de mot de passe dans un fichier. Choisissez comment vous connecter&#xa0;:</translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation>Ouvrir les pa&amp;ramètres…</translation>
    </message>
</context>
<context>
    <name>ProviderTable</name>
    <message>
        <source>Sign in with Google in your browser, or use an app password; your normal Google password will not work.</source>
        <translation>Connectez-vous avec Google dans votre navigateur, ou utilisez un mot de passe d’application&#x202f;; votre mot de passe Google habituel ne fonctionnera pas.</translation>
    </message>
    <message>
        <source>Gmail needs an app password here: turn on 2-Step Verification in your Google Account, create an app password, and type it as the password.</source>
        <translation>Gmail exige ici un mot de passe d’application&#xa0;: activez la validation en deux étapes dans votre compte Google, créez un mot de passe d’application et saisissez-le comme mot de passe.</translation>
    </message>
    <message>
        <source>Yahoo needs an app password: Account Info, Account Security, Generate app password.</source>
        <translation>Yahoo exige un mot de passe d’application&#xa0;: Infos du compte, Sécurité du compte, Générer un mot de passe d’application.</translation>
    </message>
    <message>
        <source>AOL needs an app password: Account Info, Account Security, Generate app password.</source>
        <translation>AOL exige un mot de passe d’application&#xa0;: Infos du compte, Sécurité du compte, Générer un mot de passe d’application.</translation>
    </message>
    <message>
        <source>iCloud needs an app-specific password (appleid.apple.com, Sign-In and Security); the user name is the part of your address before the @.</source>
        <translation>iCloud exige un mot de passe pour app (appleid.apple.com, Connexion et sécurité)&#x202f;; le nom d’utilisateur est la partie de votre adresse avant le @.</translation>
    </message>
    <message>
        <source>Fastmail needs an app password: Settings, Privacy &amp; Security, Integrations, App passwords.</source>
        <translation>Fastmail exige un mot de passe d’application&#xa0;: Paramètres, Confidentialité et sécurité, Intégrations, Mots de passe d’application.</translation>
    </message>
    <message>
        <source>Turn on IMAP access first: GMX settings, POP3/IMAP, &quot;Allow access via POP3 and IMAP&quot;.</source>
        <translation>Activez d’abord l’accès IMAP&#xa0;: paramètres de GMX, POP3/IMAP, «&#x202f;Autoriser l’accès via POP3 et IMAP&#x202f;».</translation>
    </message>
    <message>
        <source>Turn on IMAP access first: WEB.DE settings, POP3/IMAP, &quot;Allow access via POP3 and IMAP&quot;.</source>
        <translation>Activez d’abord l’accès IMAP&#xa0;: paramètres de WEB.DE, POP3/IMAP, «&#x202f;Autoriser l’accès via POP3 et IMAP&#x202f;».</translation>
    </message>
    <message>
        <source>Turn on IMAP access in Zoho Mail&apos;s settings; with two-factor sign-in, use an app-specific password.</source>
        <translation>Activez l’accès IMAP dans les paramètres de Zoho Mail&#x202f;; avec l’authentification à deux facteurs, utilisez un mot de passe propre à l’application.</translation>
    </message>
    <message>
        <source>Allow IMAP in Yandex Mail&apos;s settings (Email clients) and use an app password.</source>
        <translation>Autorisez IMAP dans les paramètres de Yandex Mail (Clients de messagerie) et utilisez un mot de passe d’application.</translation>
    </message>
    <message>
        <source>Mail.ru needs a password for external apps.</source>
        <translation>Mail.ru exige un mot de passe pour applications externes.</translation>
    </message>
    <message>
        <source>Outlook.com and Microsoft 365 accept only Microsoft sign-in over IMAP, which needs an OAuth client ID: type yours in “OAuth client ID” under Server.</source>
        <translation>Outlook.com et Microsoft 365 n’acceptent en IMAP que la connexion Microsoft, qui nécessite un ID client OAuth&#xa0;: saisissez le vôtre dans «&#x202f;ID client OAuth&#x202f;» sous Serveur.</translation>
    </message>
    <message>
        <source>Use your email password (set in the Telekom E-Mail Center), not your Telekom login password.</source>
        <translation>Utilisez le mot de passe de votre messagerie (défini dans le Telekom E-Mail Center), pas votre mot de passe de connexion Telekom.</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Affiche l’aide sur les options de la ligne de commande.</translation>
    </message>
</context>
<context>
    <name>RecentMessagesModel</name>
    <message>
        <source>%1, from %2: %3</source>
        <translation>%1, de %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lu</translation>
    </message>
    <message>
        <source>The recent-messages list %1 could not be read (%2); starting with an empty list.</source>
        <translation>La liste des messages récents %1 n’a pas pu être lue (%2)&#x202f;; démarrage avec une liste vide.</translation>
    </message>
    <message>
        <source>%1; starting with an empty recent-messages list.</source>
        <extracomment>%1 says what the path is instead, e.g. &quot;/x is a folder, not a regular file&quot;</extracomment>
        <translation>%1&#x202f;; démarrage avec une liste de messages récents vide.</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>le fichier est trop volumineux</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON non valide à l’octet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not a Mailbell recent-messages file of a known version</source>
        <translation>pas un fichier de messages récents de Mailbell d’une version connue</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable entries in the recent-messages list %1 were dropped.</source>
        <translation>
            <numerusform>%n entrée illisible de la liste des messages récents %1 a été supprimée.</numerusform>
            <numerusform>%n entrées illisibles de la liste des messages récents %1 ont été supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The recent-messages list could not be saved: %1.</source>
        <translation>La liste des messages récents n’a pas pu être enregistrée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The recent-messages list could not be saved to %1: %2</source>
        <translation>La liste des messages récents n’a pas pu être enregistrée dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RecentMessagesWindow</name>
    <message>
        <source>“%1”</source>
        <translation>«&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>No system tray found, so Mailbell lives in this window: closing it quits Mailbell. On GNOME, the “AppIndicator and KStatusNotifierItem Support” extension adds a tray.</source>
        <translation>Aucune zone de notification trouvée, Mailbell s’affiche donc dans cette fenêtre&#xa0;: la fermer quitte Mailbell. Sous GNOME, l’extension «&#x202f;AppIndicator and KStatusNotifierItem Support&#x202f;» ajoute une zone de notification.</translation>
    </message>
    <message>
        <source>Filter by sender, subject or text (Ctrl+F)</source>
        <translation>Filtrer par expéditeur, objet ou texte (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation>Filtrer les messages</translation>
    </message>
    <message>
        <source>Recent messages</source>
        <translation>Messages récents</translation>
    </message>
    <message>
        <source>No account yet.

Add your mail account and Mailbell tells you the moment new mail arrives.</source>
        <translation>Aucun compte pour l’instant.

Ajoutez votre compte de messagerie et Mailbell vous prévient dès qu’un nouveau message arrive.</translation>
    </message>
    <message>
        <source>&amp;Add an account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>Undo the delete (Ctrl+Z)</source>
        <translation>Annuler la suppression (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Mailbell</source>
        <translation>&amp;Mailbell</translation>
    </message>
    <message>
        <source>Mailbell (no system tray found)</source>
        <translation>Mailbell (aucune zone de notification trouvée)</translation>
    </message>
    <message>
        <source>Recent messages — Mailbell</source>
        <translation>Messages récents — Mailbell</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Mark as &amp;read</source>
        <translation>Marquer comme &amp;lu</translation>
    </message>
    <message>
        <source>Mark as &amp;unread</source>
        <translation>Marquer comme &amp;non lu</translation>
    </message>
    <message>
        <source>Un&amp;flag</source>
        <translation>Ne plus sui&amp;vre</translation>
    </message>
    <message>
        <source>&amp;Flag</source>
        <translation>Sui&amp;vre</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>No new mail yet.

Unread mail and messages that arrive while Mailbell is running appear here.</source>
        <translation>Pas encore de nouveau message.

Les messages non lus et ceux qui arrivent pendant que Mailbell fonctionne s’affichent ici.</translation>
    </message>
    <message>
        <source>No message matches “%1”.</source>
        <translation>Aucun message ne correspond à «&#x202f;%1&#x202f;».</translation>
    </message>
    <message numerus="yes">
        <source>↑ %n new message(s) when the pointer leaves the list</source>
        <translation>
            <numerusform>↑ %n nouveau message quand le pointeur quitte la liste</numerusform>
            <numerusform>↑ %n nouveaux messages quand le pointeur quitte la liste</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 moved to %2.</source>
        <translation>%1 déplacé vers %2.</translation>
    </message>
    <message>
        <source>Mailbell does not know yet whether %1 has a Trash folder. If it has none, the message cannot be recovered.</source>
        <translation>Mailbell ne sait pas encore si %1 a un dossier Corbeille. S’il n’en a pas, le message ne pourra pas être récupéré.</translation>
    </message>
    <message>
        <source>%1 has no Trash folder, so the message cannot be recovered.</source>
        <translation>%1 n’a pas de dossier Corbeille, le message ne pourra donc pas être récupéré.</translation>
    </message>
    <message>
        <source>The message is already in %1; deleting it here cannot be undone.</source>
        <translation>Le message est déjà dans %1&#x202f;; le supprimer ici est irréversible.</translation>
    </message>
    <message>
        <source>Delete permanently? — Mailbell</source>
        <translation>Supprimer définitivement&#x202f;? — Mailbell</translation>
    </message>
    <message>
        <source>Delete %1 permanently?</source>
        <translation>Supprimer définitivement %1&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Delete Permanently</source>
        <translation>&amp;Supprimer définitivement</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Mailbell Settings</source>
        <translation>Paramètres de Mailbell</translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation>&amp;Comptes</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>Appli&amp;quer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The keyring did not save the password of &quot;%1&quot;: %2
Mailbell uses it until it quits. To keep it elsewhere choose &quot;asked at each start&quot; or a password command.</source>
        <translation>Le trousseau de clés n’a pas enregistré le mot de passe de «&#x202f;%1&#x202f;»&#xa0;: %2
Mailbell l’utilise jusqu’à sa fermeture. Pour le conserver ailleurs, choisissez «&#x202f;demandé à chaque démarrage&#x202f;» ou une commande de mot de passe.</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>doit être un nombre de %1 à %2</translation>
    </message>
    <message>
        <source>%1:%2: [%3] %4 = &quot;%5&quot;: %6; the default is used</source>
        <translation>%1:%2&#xa0;: [%3] %4 = &quot;%5&quot;&#xa0;: %6&#x202f;; la valeur par défaut est utilisée</translation>
    </message>
    <message>
        <source>must be a time range such as 22:00-07:00</source>
        <translation>doit être une plage horaire comme 22:00-07:00</translation>
    </message>
    <message>
        <source>must be days such as mon, tue, wed, thu, fri</source>
        <translation>doit être une liste de jours comme mon, tue, wed, thu, fri</translation>
    </message>
    <message>
        <source>must be email addresses separated by commas</source>
        <translation>doit être une liste d’adresses électroniques séparées par des virgules</translation>
    </message>
    <message>
        <source>must be account/folder pairs such as work/Lists/Qt</source>
        <translation>doit être une liste de paires compte/dossier comme work/Lists/Qt</translation>
    </message>
    <message>
        <source>must be a language code such as de or pt_BR, or empty for the system&apos;s language</source>
        <translation>doit être un code de langue comme de ou pt_BR, ou vide pour la langue du système</translation>
    </message>
    <message>
        <source>%1 is a folder, not a settings file; all settings keep their defaults</source>
        <translation>%1 est un dossier, pas un fichier de paramètres&#x202f;; tous les paramètres gardent leur valeur par défaut</translation>
    </message>
    <message>
        <source>%1: cannot read the settings file: %2; all settings keep their defaults</source>
        <translation>%1&#xa0;: impossible de lire le fichier de paramètres&#xa0;: %2&#x202f;; tous les paramètres gardent leur valeur par défaut</translation>
    </message>
    <message>
        <source>%1; all settings keep their defaults</source>
        <extracomment>%1 says what the path is instead, e.g. &quot;/x is a folder, not a regular file&quot;</extracomment>
        <translation>%1&#x202f;; tous les paramètres gardent leur valeur par défaut</translation>
    </message>
    <message>
        <source>%1: the settings file is larger than %2 bytes; is it the right file? All settings keep their defaults</source>
        <translation>%1&#xa0;: le fichier de paramètres dépasse %2 octets&#x202f;; est-ce le bon fichier&#x202f;? Tous les paramètres gardent leur valeur par défaut</translation>
    </message>
    <message>
        <source>%1: the line holds a NUL byte and is ignored</source>
        <translation>%1&#xa0;: la ligne contient un octet NUL et est ignorée</translation>
    </message>
    <message>
        <source>%1: the line is not valid UTF-8 and is ignored</source>
        <translation>%1&#xa0;: la ligne n’est pas en UTF-8 valide et est ignorée</translation>
    </message>
    <message>
        <source>%1: a group header must look like [notifications], not &quot;%2&quot;; the lines up to the next group are ignored</source>
        <translation>%1&#xa0;: un en-tête de groupe doit avoir la forme [notifications], et non «&#x202f;%2&#x202f;»&#x202f;; les lignes jusqu’au prochain groupe sont ignorées</translation>
    </message>
    <message>
        <source>%1: unknown group [%2] is ignored</source>
        <translation>%1&#xa0;: le groupe inconnu [%2] est ignoré</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a &quot;key = value&quot; line and is ignored</source>
        <translation>%1&#xa0;: «&#x202f;%2&#x202f;» n’est pas une ligne «&#x202f;clé = valeur&#x202f;» et est ignorée</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; outside [notifications] is ignored</source>
        <translation>%1&#xa0;: la clé «&#x202f;%2&#x202f;» hors de [notifications] est ignorée</translation>
    </message>
    <message>
        <source>%1: [%2] unknown key &quot;%3&quot; is ignored</source>
        <translation>%1&#xa0;: [%2] la clé inconnue «&#x202f;%3&#x202f;» est ignorée</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>%1 has no account &quot;%2&quot; to change.</source>
        <translation>%1 n’a pas de compte «&#x202f;%2&#x202f;» à modifier.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more like these</source>
        <translation>
            <numerusform>… et %n autre semblable</numerusform>
            <numerusform>… et %n autres semblables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsWriter</name>
    <message>
        <source>Cannot save %1: it is a folder, not a file.</source>
        <translation>Impossible d’enregistrer %1&#xa0;: c’est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot save %1: cannot read it first: %2</source>
        <translation>Impossible d’enregistrer %1&#xa0;: impossible de le lire d’abord&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot save: %1.</source>
        <translation>Impossible d’enregistrer&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Cannot save %1: it is larger than %2 bytes.</source>
        <translation>Impossible d’enregistrer %1&#xa0;: il dépasse %2 octets.</translation>
    </message>
    <message>
        <source>[%1] %2 cannot be stored as &quot;%3&quot;; it would read back as &quot;%4&quot;.</source>
        <translation>[%1] %2 ne peut pas être enregistré sous la forme «&#x202f;%3&#x202f;»&#x202f;; il serait relu comme «&#x202f;%4&#x202f;».</translation>
    </message>
    <message>
        <source>[%1] %2 must be one line.</source>
        <translation>[%1] %2 doit tenir sur une ligne.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Another Mailbell is running but does not answer (%1).</source>
        <translation>Une autre instance de Mailbell est en cours d’exécution mais ne répond pas (%1).</translation>
    </message>
    <message>
        <source>Could not listen on %1: %2</source>
        <translation>Impossible d’écouter sur %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SrvDiscovery</name>
    <message>
        <source>DNS SRV %1: no answer within %2 seconds</source>
        <translation>DNS SRV %1&#xa0;: pas de réponse en %2 secondes</translation>
    </message>
    <message>
        <source>DNS SRV %1: no record</source>
        <translation>DNS SRV %1&#xa0;: aucun enregistrement</translation>
    </message>
    <message>
        <source>DNS SRV %1: %2</source>
        <translation>DNS SRV %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>DNS SRV %1: the domain says it offers no such service</source>
        <translation>DNS SRV %1&#xa0;: le domaine indique qu’il ne propose pas ce service</translation>
    </message>
    <message>
        <source>DNS SRV record %1</source>
        <translation>Enregistrement DNS SRV %1</translation>
    </message>
</context>
<context>
    <name>SubcommandParser</name>
    <message>
        <source>mailbell %1: %2</source>
        <translation>mailbell %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>mailbell %1: unexpected argument &quot;%2&quot;.</source>
        <translation>mailbell %1&#xa0;: argument inattendu «&#x202f;%2&#x202f;».</translation>
    </message>
</context>
<context>
    <name>TrayApplication</name>
    <message>
        <source>Password for %1</source>
        <translation>Mot de passe pour %1</translation>
    </message>
    <message>
        <source>Problems in the settings file</source>
        <translation>Problèmes dans le fichier de paramètres</translation>
    </message>
    <message>
        <source>Problems in the accounts file</source>
        <translation>Problèmes dans le fichier des comptes</translation>
    </message>
    <message>
        <source>The demo did not start</source>
        <translation>La démo n’a pas démarré</translation>
    </message>
    <message>
        <source>Run &quot;mailbell demo&quot; in a terminal to see why.</source>
        <translation>Lancez «&#x202f;mailbell demo&#x202f;» dans un terminal pour savoir pourquoi.</translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation>Mot de passe non enregistré</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <source>Could not change a message in %1</source>
        <translation>Impossible de modifier un message dans %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>«&#x202f;%1&#x202f;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not open the mail client</source>
        <translation>Impossible d’ouvrir le client de messagerie</translation>
    </message>
    <message>
        <source>Checked at %1: %2</source>
        <translation>Vérifié à %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>&amp;Add an account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>No new mail</source>
        <translation>Aucun nouveau message</translation>
    </message>
    <message>
        <source>&amp;Recent messages…</source>
        <translation>&amp;Messages récents…</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>&amp;Mark all as read</source>
        <translation>&amp;Tout marquer comme lu</translation>
    </message>
    <message>
        <source>&amp;Pause notifications</source>
        <translation>&amp;Suspendre les notifications</translation>
    </message>
    <message>
        <source>For 1 &amp;hour</source>
        <translation>Pendant 1 &amp;heure</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow</source>
        <translation>Jusqu’à &amp;demain</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow, %1</source>
        <translation>Jusqu’à &amp;demain, %1</translation>
    </message>
    <message>
        <source>Until I &amp;resume them</source>
        <translation>Jusqu’à ce que je les &amp;réactive</translation>
    </message>
    <message>
        <source>Resume &amp;notifications</source>
        <translation>&amp;Reprendre les notifications</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>● %1</source>
        <comment>an unread message in the tray menu</comment>
        <translation>● %1</translation>
    </message>
    <message>
        <source>No account yet</source>
        <translation>Aucun compte pour l’instant</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Resume &amp;notifications (paused until %1)</source>
        <translation>&amp;Reprendre les notifications (suspendues jusqu’à %1)</translation>
    </message>
    <message>
        <source>Mailbell: no account yet
Add one from this icon&apos;s menu.</source>
        <translation>Mailbell&#xa0;: aucun compte pour l’instant
Ajoutez-en un depuis le menu de cette icône.</translation>
    </message>
    <message numerus="yes">
        <source>Mailbell: %n unread</source>
        <translation>
            <numerusform>Mailbell&#xa0;: %n non lu</numerusform>
            <numerusform>Mailbell&#xa0;: %n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailbell: no unread mail</source>
        <translation>Mailbell&#xa0;: aucun message non lu</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>pas encore vérifié</translation>
    </message>
    <message>
        <source>Notifications paused until %1</source>
        <translation>Notifications suspendues jusqu’à %1</translation>
    </message>
    <message>
        <source>Notifications paused</source>
        <translation>Notifications suspendues</translation>
    </message>
    <message>
        <source>Checking for new mail…</source>
        <translation>Recherche de nouveaux messages…</translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <source>mailbell watch: the servers did not answer LOGOUT in time; exiting.</source>
        <translation>mailbell watch&#xa0;: les serveurs n’ont pas répondu à temps à LOGOUT&#x202f;; fin du programme.</translation>
    </message>
    <message>
        <source>Watches the accounts of the accounts file (or those named with --account, or one account given with --host, --user and --password-command) and prints each event: new mail, removed mail, flag and count changes, connection states and errors. Runs until interrupted (Ctrl+C or SIGTERM), then logs out and exits 0.</source>
        <translation>Surveille les comptes du fichier des comptes (ou ceux désignés par --account, ou un compte donné avec --host, --user et --password-command) et affiche chaque événement&#xa0;: nouveaux messages, messages supprimés, changements d’indicateurs et de compteurs, états de connexion et erreurs. S’exécute jusqu’à interruption (Ctrl+C ou SIGTERM), puis se déconnecte et se termine avec le code 0.</translation>
    </message>
    <message>
        <source>Print one JSON object per line (events &quot;ready&quot;, &quot;new&quot;, &quot;expunged&quot;, &quot;flags&quot;, &quot;count&quot;, &quot;state&quot;, &quot;error&quot;); nothing else goes to standard output.</source>
        <translation>Afficher un objet JSON par ligne (événements &quot;ready&quot;, &quot;new&quot;, &quot;expunged&quot;, &quot;flags&quot;, &quot;count&quot;, &quot;state&quot;, &quot;error&quot;)&#x202f;; rien d’autre ne va sur la sortie standard.</translation>
    </message>
    <message>
        <source>Run this program for each new message, without a shell; the message&apos;s fields are in the environment variables MAILBELL_ACCOUNT, MAILBELL_FOLDER, MAILBELL_UID, MAILBELL_UIDVALIDITY, MAILBELL_FROM, MAILBELL_FROM_ADDRESS, MAILBELL_SUBJECT, MAILBELL_PREVIEW, MAILBELL_DATE and MAILBELL_MESSAGE_ID.</source>
        <translation>Exécuter ce programme pour chaque nouveau message, sans shell&#x202f;; les champs du message sont dans les variables d’environnement MAILBELL_ACCOUNT, MAILBELL_FOLDER, MAILBELL_UID, MAILBELL_UIDVALIDITY, MAILBELL_FROM, MAILBELL_FROM_ADDRESS, MAILBELL_SUBJECT, MAILBELL_PREVIEW, MAILBELL_DATE et MAILBELL_MESSAGE_ID.</translation>
    </message>
    <message>
        <source>command</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;command&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation>commande</translation>
    </message>
    <message>
        <source>File that remembers which messages were announced (default %1). /dev/null remembers nothing: each start announces only mail that arrives while it runs.</source>
        <translation>Fichier qui mémorise les messages déjà annoncés (par défaut %1). /dev/null ne mémorise rien&#xa0;: chaque démarrage n’annonce que le courrier qui arrive pendant l’exécution.</translation>
    </message>
    <message>
        <source>file</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;file&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation>fichier</translation>
    </message>
    <message>
        <source>mailbell watch: --state needs a file name.</source>
        <translation>mailbell watch&#xa0;: --state demande un nom de fichier.</translation>
    </message>
    <message>
        <source>mailbell watch: %1</source>
        <translation>mailbell watch&#xa0;: %1</translation>
    </message>
    <message>
        <source>mailbell watch: cannot handle SIGINT / SIGTERM: %1</source>
        <translation>mailbell watch&#xa0;: impossible d’intercepter SIGINT / SIGTERM&#xa0;: %1</translation>
    </message>
    <message>
        <source>mailbell watch: cannot create the folder %1 for the state file.</source>
        <translation>mailbell watch&#xa0;: impossible de créer le dossier %1 pour le fichier d’état.</translation>
    </message>
    <message>
        <source>mailbell watch: no account got a password; nothing to watch.</source>
        <translation>mailbell watch&#xa0;: aucun compte n’a obtenu de mot de passe&#x202f;; rien à surveiller.</translation>
    </message>
    <message>
        <source>The account&apos;s oauth-provider &quot;%1&quot; is not known.</source>
        <translation>Le fournisseur OAuth (oauth-provider) «&#x202f;%1&#x202f;» du compte est inconnu.</translation>
    </message>
    <message>
        <source>%1 Sign in once in the tray app (run mailbell, Settings); watch then uses the sign-in saved in the keyring.</source>
        <extracomment>%1 is why a sign-in is needed, one or more whole sentences</extracomment>
        <translation>%1 Connectez-vous une fois dans l’application de la zone de notification (lancez mailbell, Paramètres)&#x202f;; watch utilise ensuite la connexion enregistrée dans le trousseau de clés.</translation>
    </message>
    <message>
        <source>mailbell watch: [%1] %2</source>
        <translation>mailbell watch&#xa0;: [%1] %2</translation>
    </message>
    <message numerus="yes">
        <source>mailbell watch: [%1] the password was rejected or is missing; running the password command again in %n second(s).</source>
        <translation>
            <numerusform>mailbell watch&#xa0;: [%1] le mot de passe a été refusé ou est absent&#x202f;; nouvelle exécution de la commande de mot de passe dans %n seconde.</numerusform>
            <numerusform>mailbell watch&#xa0;: [%1] le mot de passe a été refusé ou est absent&#x202f;; nouvelle exécution de la commande de mot de passe dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>mailbell watch: --state: %1; give --state a file name, or --state /dev/null to remember nothing.</source>
        <extracomment>%1 says what the path is instead, e.g. &quot;/x is a folder, not a regular file&quot;</extracomment>
        <translation>mailbell watch&#xa0;: --state&#xa0;: %1&#x202f;; donnez à --state un nom de fichier, ou --state /dev/null pour ne rien mémoriser.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Mailbell tells you the moment new mail arrives.</source>
        <translation>Mailbell vous prévient dès qu’un nouveau message arrive.</translation>
    </message>
    <message>
        <source>Optional subcommand:
  check  print unseen counts per folder and exit 0 (none), 1 (some) or 2 (error); see &apos;mailbell check --help&apos;
  watch  print new mail and other events as they happen (--json for one JSON object per line); see &apos;mailbell watch --help&apos;
  demo   try Mailbell on a private demo mail server that receives a sample message every few seconds; see &apos;mailbell demo --help&apos;
Without a subcommand the tray app starts.</source>
        <translation>Sous-commande facultative&#xa0;:
  check  affiche le nombre de messages non vus par dossier et se termine avec le code 0 (aucun), 1 (au moins un) ou 2 (erreur)&#x202f;; voir «&#x202f;mailbell check --help&#x202f;»
  watch  affiche les nouveaux messages et les autres événements au fur et à mesure (--json pour un objet JSON par ligne)&#x202f;; voir «&#x202f;mailbell watch --help&#x202f;»
  demo   essaie Mailbell sur un serveur de messagerie privé de démonstration qui reçoit un message d’exemple à quelques secondes d’intervalle&#x202f;; voir «&#x202f;mailbell demo --help&#x202f;»
Sans sous-commande, l’application de la zone de notification démarre.</translation>
    </message>
    <message>
        <source>mailbell: unknown command &quot;%1&quot;; try &apos;mailbell --help&apos;.
</source>
        <translation>mailbell&#xa0;: commande inconnue «&#x202f;%1&#x202f;»&#x202f;; essayez «&#x202f;mailbell --help&#x202f;».
</translation>
    </message>
    <message>
        <source>mailbell: no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so the tray app cannot start.
In a terminal use &apos;mailbell watch&apos; or &apos;mailbell check&apos;; see &apos;mailbell --help&apos;.
</source>
        <translation>mailbell&#xa0;: pas d’affichage (ni DISPLAY ni WAYLAND_DISPLAY n’est défini), l’application de la zone de notification ne peut donc pas démarrer.
Dans un terminal, utilisez «&#x202f;mailbell watch&#x202f;» ou «&#x202f;mailbell check&#x202f;»&#x202f;; voir «&#x202f;mailbell --help&#x202f;».
</translation>
    </message>
    <message>
        <source>mailbell: cannot handle SIGINT / SIGTERM: %1
</source>
        <translation>mailbell&#xa0;: impossible d’intercepter SIGINT / SIGTERM&#xa0;: %1
</translation>
    </message>
    <message>
        <source>mailbell: --check-now and --settings take no other option or argument; try &apos;mailbell --help&apos;.
</source>
        <translation>mailbell&#xa0;: --check-now et --settings n’acceptent aucune autre option ni aucun argument&#x202f;; essayez &apos;mailbell --help&apos;.
</translation>
    </message>
</context>
</TS>
