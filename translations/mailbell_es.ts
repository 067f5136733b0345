<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountController</name>
    <message>
        <source>The server rejected the password.</source>
        <translation>El servidor rechazó la contraseña.</translation>
    </message>
    <message>
        <source>Mailbell asks for this account&apos;s password at each start and keeps it in memory only.</source>
        <translation>Mailbell pide la contraseña de esta cuenta en cada inicio y la mantiene solo en memoria.</translation>
    </message>
    <message>
        <source>The server rejected the saved password.</source>
        <translation>El servidor rechazó la contraseña guardada.</translation>
    </message>
    <message>
        <source>No password is saved for this account.</source>
        <translation>No hay ninguna contraseña guardada para esta cuenta.</translation>
    </message>
</context>
<context>
    <name>AccountEditorDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Añadir cuenta</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>Editar cuenta</translation>
    </message>
    <message>
        <source>Try the Demo First</source>
        <translation>Probar la demostración</translation>
    </message>
    <message>
        <source>See Mailbell at work on a private sample mail server first; you can add your account from its settings later.</source>
        <translation>Vea Mailbell en acción primero con un servidor de correo privado de muestra; podrá añadir su cuenta más tarde desde su configuración.</translation>
    </message>
    <message>
        <source>Add Without Testing</source>
        <translation>Añadir sin probar</translation>
    </message>
    <message>
        <source>No settings found for this address; enter the server below.</source>
        <translation>No se encontró ninguna configuración para esta dirección; introduzca el servidor a continuación.</translation>
    </message>
    <message>
        <source>Welcome to Mailbell</source>
        <translation>Bienvenido a Mailbell</translation>
    </message>
    <message>
        <source>Mailbell watches your mailboxes and tells you the moment new mail arrives: who it is from, what it is about, and one click to read it. Type your email address and password to start.</source>
        <translation>Mailbell vigila sus buzones y le avisa en cuanto llega correo nuevo: quién lo envía, de qué trata y un clic para leerlo. Escriba su dirección de correo electrónico y su contraseña para empezar.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>D&amp;etect</source>
        <translation>&amp;Detectar</translation>
    </message>
    <message>
        <source>Find the server settings for this address</source>
        <translation>Buscar la configuración del servidor para esta dirección</translation>
    </message>
    <message>
        <source>Set up the &amp;server myself</source>
        <translation>Configurar el &amp;servidor manualmente</translation>
    </message>
    <message>
        <source>E&amp;mail address:</source>
        <translation>Dirección de &amp;correo:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>imap.example.org</source>
        <translation>imap.example.org</translation>
    </message>
    <message>
        <source>TLS (recommended)</source>
        <translation>TLS (recomendado)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Ninguna (sin cifrar)</translation>
    </message>
    <message>
        <source>Without encryption your password and mail cross the network readable by anyone on the way. Use this only for a server on this machine.</source>
        <translation>Sin cifrado, su contraseña y su correo viajan por la red legibles para cualquiera en el camino. Use esta opción solo para un servidor en este equipo.</translation>
    </message>
    <message>
        <source>Often your email address</source>
        <translation>Normalmente, su dirección de correo</translation>
    </message>
    <message>
        <source>Password, saved in the keyring</source>
        <translation>Contraseña, guardada en el depósito de claves</translation>
    </message>
    <message>
        <source>Password, asked at each start</source>
        <translation>Contraseña, pedida en cada inicio</translation>
    </message>
    <message>
        <source>Password command</source>
        <translation>Orden de contraseña</translation>
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
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>Se&amp;guridad:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>Sign-&amp;in:</source>
        <translation>&amp;Inicio de sesión:</translation>
    </message>
    <message>
        <source>OAuth client I&amp;D:</source>
        <translation>ID de cliente OAut&amp;h:</translation>
    </message>
    <message>
        <source>&amp;Folders to watch:</source>
        <translation>Carpetas &amp;que vigilar:</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>Avan&amp;zado</translation>
    </message>
    <message>
        <source>As the email address</source>
        <translation>Igual que la dirección de correo</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>How often the waiting connection is renewed (IMAP IDLE)</source>
        <translation>Cada cuánto se renueva la conexión en espera (IMAP IDLE)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How often to ask a server that cannot wait for mail (no IDLE)</source>
        <translation>Cada cuánto consultar a un servidor que no puede esperar correo (sin IDLE)</translation>
    </message>
    <message>
        <source>S&amp;how message preview in notifications</source>
        <translation>Mostrar la vista previa del mensa&amp;je en las notificaciones</translation>
    </message>
    <message>
        <source>&amp;Automatic</source>
        <translation>&amp;Automático</translation>
    </message>
    <message>
        <source>thunderbird -mail; or a webmail address</source>
        <translation>thunderbird -mail; o una dirección de correo web</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>IDLE &amp;renewal:</source>
        <translation>Reno&amp;vación de IDLE:</translation>
    </message>
    <message>
        <source>Pollin&amp;g interval:</source>
        <translation>Intervalo de sond&amp;eo:</translation>
    </message>
    <message>
        <source>Account co&amp;lour:</source>
        <translation>Co&amp;lor de la cuenta:</translation>
    </message>
    <message>
        <source>Open &amp;with:</source>
        <translation>Ab&amp;rir con:</translation>
    </message>
    <message>
        <source>How?</source>
        <translation>¿Cómo?</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>Co&amp;ntinuar</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Type the password to test the connection.</source>
        <translation>Escriba la contraseña para probar la conexión.</translation>
    </message>
    <message>
        <source>Type the password to test the connection (the saved one could not be read: %1).</source>
        <translation>Escriba la contraseña para probar la conexión (no se pudo leer la guardada: %1).</translation>
    </message>
    <message>
        <source>Type the password to test the connection; the password command runs when Mailbell connects.</source>
        <translation>Escriba la contraseña para probar la conexión; la orden de contraseña se ejecuta cuando Mailbell se conecta.</translation>
    </message>
    <message>
        <source>The password goes to your desktop&apos;s keyring, never into a file. Left empty, Mailbell asks for it when it connects.</source>
        <translation>La contraseña se guarda en el depósito de claves de su escritorio, nunca en un archivo. Si la deja vacía, Mailbell la pedirá al conectarse.</translation>
    </message>
    <message>
        <source>Mailbell asks for the password at each start and keeps it in memory only.</source>
        <translation>Mailbell pide la contraseña en cada inicio y la mantiene solo en memoria.</translation>
    </message>
    <message>
        <source>A command that prints the password, run at each connection (for example from pass or a password manager).</source>
        <translation>Una orden que muestra la contraseña, ejecutada en cada conexión (por ejemplo, de pass o de un gestor de contraseñas).</translation>
    </message>
    <message>
        <source>You sign in with your browser; Mailbell keeps only the provider&apos;s token, in the keyring.</source>
        <translation>El inicio de sesión se hace en el navegador; Mailbell guarda solo el token del proveedor, en el depósito de claves.</translation>
    </message>
    <message>
        <source>Enter an address such as you@example.org, or leave it empty.</source>
        <translation>Introduzca una dirección como nombre@example.org, o déjela vacía.</translation>
    </message>
    <message>
        <source>Enter the IMAP server, for example imap.example.org.</source>
        <translation>Introduzca el servidor IMAP, por ejemplo imap.example.org.</translation>
    </message>
    <message>
        <source>The server name may contain only letters, digits, dots and dashes.</source>
        <translation>El nombre del servidor solo puede contener letras, dígitos, puntos y guiones.</translation>
    </message>
    <message>
        <source>Enter your user name (often your email address).</source>
        <translation>Introduzca su nombre de usuario (a menudo, su dirección de correo).</translation>
    </message>
    <message>
        <source>Enter the command that prints the password.</source>
        <translation>Introduzca la orden que muestra la contraseña.</translation>
    </message>
    <message>
        <source>Choose at least one folder to watch.</source>
        <translation>Elija al menos una carpeta que vigilar.</translation>
    </message>
    <message>
        <source>The packaged client ID</source>
        <translation>El ID de cliente incluido en el paquete</translation>
    </message>
    <message>
        <source>Passwor&amp;d command:</source>
        <translation>&amp;Orden de contraseña:</translation>
    </message>
    <message>
        <source>Add A&amp;ccount</source>
        <translation>Añadir cue&amp;nta</translation>
    </message>
    <message>
        <source>Sign in with the button above first; the connection test needs that sign-in.</source>
        <translation>Inicie sesión primero con el botón de arriba; la prueba de conexión necesita ese inicio de sesión.</translation>
    </message>
    <message>
        <source>Looking for the settings of %1…</source>
        <translation>Buscando la configuración de %1…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
</context>
<context>
    <name>AccountOptions</name>
    <message>
        <source>Use this account of the accounts file, by its [section] name or the name the tray app shows: its server, security, user, folders, trusted certificate and password source (password-command or keyring). Options given too override the account&apos;s values.</source>
        <translation>Usar esta cuenta del archivo de cuentas, por su nombre de [sección] o por el nombre que muestra la aplicación de bandeja: su servidor, seguridad, usuario, carpetas, certificado de confianza y origen de la contraseña (password-command o depósito de claves). Las opciones que también se indiquen sustituyen a los valores de la cuenta.</translation>
    </message>
    <message>
        <source>name</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;name&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation>name</translation>
    </message>
    <message>
        <source>Accounts file to read (default %1; format in docs/config.md).</source>
        <translation>Archivo de cuentas que leer (predeterminado: %1; formato en docs/config.md).</translation>
    </message>
    <message>
        <source>file</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;file&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation>file</translation>
    </message>
    <message>
        <source>IMAP server host name (also the name checked in its certificate).</source>
        <translation>Nombre de host del servidor IMAP (también el nombre que se comprueba en su certificado).</translation>
    </message>
    <message>
        <source>host</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;host&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation>host</translation>
    </message>
    <message>
        <source>IMAP server port (default 993 for tls, 143 for starttls and plain).</source>
        <translation>Puerto del servidor IMAP (predeterminado: 993 para tls, 143 para starttls y plain).</translation>
    </message>
    <message>
        <source>port</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;port&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation>port</translation>
    </message>
    <message>
        <source>Connection security: tls (default), starttls or plain.</source>
        <translation>Seguridad de la conexión: tls (predeterminada), starttls o plain.</translation>
    </message>
    <message>
        <source>mode</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;mode&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation>mode</translation>
    </message>
    <message>
        <source>Login user name.</source>
        <translation>Nombre de usuario para iniciar sesión.</translation>
    </message>
    <message>
        <source>user</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;user&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation>user</translation>
    </message>
    <message>
        <source>Program that prints the password on its first line of output. Run without a shell: words are split at spaces, double quotes group them, nothing is expanded.</source>
        <translation>Programa que muestra la contraseña en su primera línea de salida. Se ejecuta sin shell: las palabras se separan por los espacios, las comillas dobles las agrupan y no se expande nada.</translation>
    </message>
    <message>
        <source>command</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;command&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation>command</translation>
    </message>
    <message>
        <source>Folder to look at; repeat for several (default INBOX).</source>
        <translation>Carpeta que consultar; repítala para varias (predeterminada: INBOX).</translation>
    </message>
    <message>
        <source>folder</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;folder&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation>folder</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Confiar también en los certificados de CA de este archivo PEM.</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 fingerprint, whoever issued it (64 hex digits, colons allowed, as an untrusted certificate&apos;s error shows it). Check it with the server&apos;s administrator first.</source>
        <translation>Confiar en el certificado del servidor con esta huella SHA-256, sea quien sea su emisor (64 dígitos hexadecimales, se admiten dos puntos, tal como la muestra el error de un certificado no fiable). Compruébela antes con el administrador del servidor.</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;fingerprint&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation>fingerprint</translation>
    </message>
    <message>
        <source>Connect to this address instead of resolving the host name; the certificate must still be valid for --host (tests, split-horizon DNS).</source>
        <translation>Conectarse a esta dirección en lugar de resolver el nombre de host; el certificado debe seguir siendo válido para --host (pruebas, DNS de horizonte dividido).</translation>
    </message>
    <message>
        <source>address</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;address&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation>address</translation>
    </message>
    <message>
        <source>There is no --password option on purpose: other users could read it in the process list. Use --password-command, e.g. --password-command &apos;pass show mail&apos;, or --account with an account whose password is in the keyring or comes from its password-command.</source>
        <translation>No existe la opción --password a propósito: otros usuarios podrían leerla en la lista de procesos. Use --password-command, p. ej. --password-command &apos;pass show mail&apos;, o --account con una cuenta cuya contraseña esté en el depósito de claves o provenga de su password-command.</translation>
    </message>
    <message>
        <source>--host is required: the IMAP server&apos;s host name.</source>
        <translation>--host es obligatorio: el nombre de host del servidor IMAP.</translation>
    </message>
    <message>
        <source>--security must be tls, starttls or plain, not &quot;%1&quot;.</source>
        <translation>--security debe ser tls, starttls o plain, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535, not &quot;%1&quot;.</source>
        <translation>--port debe ser un número del 1 al 65535, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--user is required: the login user name.</source>
        <translation>--user es obligatorio: el nombre de usuario para iniciar sesión.</translation>
    </message>
    <message>
        <source>--password-command is required: a program that prints the password.</source>
        <translation>--password-command es obligatorio: un programa que muestra la contraseña.</translation>
    </message>
    <message>
        <source>--folder needs a folder name, not an empty string.</source>
        <translation>--folder necesita un nombre de carpeta, no una cadena vacía.</translation>
    </message>
    <message>
        <source>--cafile: %1.</source>
        <translation>--cafile: %1.</translation>
    </message>
    <message>
        <source>--cafile: cannot read &quot;%1&quot;.</source>
        <translation>--cafile: no se puede leer &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--cafile: &quot;%1&quot; holds no PEM certificate.</source>
        <translation>--cafile: &quot;%1&quot; no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>--pin-sha256 must be a SHA-256 fingerprint: 64 hex digits, colons allowed (AB:CD:...), not &quot;%1&quot;.</source>
        <translation>--pin-sha256 debe ser una huella SHA-256: 64 dígitos hexadecimales, se admiten dos puntos (AB:CD:...), no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--connect-address needs an address.</source>
        <translation>--connect-address necesita una dirección.</translation>
    </message>
    <message>
        <source>--protocol-log needs a file name.</source>
        <translation>--protocol-log necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>give one --account; run the command once per account.</source>
        <translation>indique una sola --account; ejecute la orden una vez por cuenta.</translation>
    </message>
    <message>
        <source>--%1 cannot apply to several accounts; give one --account with it, or put it in the accounts file.</source>
        <translation>--%1 no puede aplicarse a varias cuentas; indique una sola --account con ella, o póngala en el archivo de cuentas.</translation>
    </message>
    <message>
        <source>--account: no account &quot;%1&quot;: %2 has no usable account.</source>
        <translation>--account: no existe la cuenta &quot;%1&quot;: %2 no tiene ninguna cuenta utilizable.</translation>
    </message>
    <message>
        <source>--account: no account &quot;%1&quot; in %2; its accounts are: %3.</source>
        <translation>--account: no existe la cuenta &quot;%1&quot; en %2; sus cuentas son: %3.</translation>
    </message>
    <message>
        <source>no accounts: the accounts file %1 does not exist.
Set up an account in the tray app (run mailbell), or create the file with one [section] per account (see docs/config.md), e.g.
  [work]
  host = imap.example.org
  user = alice
  password-command = pass show mail/work
or give one account with --host, --user and --password-command.</source>
        <translation>no hay cuentas: el archivo de cuentas %1 no existe.
Configure una cuenta en la aplicación de bandeja (ejecute mailbell) o cree el archivo con una [sección] por cuenta (consulte docs/config.md), p. ej.
  [work]
  host = imap.example.org
  user = alice
  password-command = pass show mail/work
o indique una cuenta con --host, --user y --password-command.</translation>
    </message>
    <message>
        <source>no usable account in %1. Add a [section] with host, user and password-command (see docs/config.md), or fix the errors above.</source>
        <translation>no hay ninguna cuenta utilizable en %1. Añada una [sección] con host, user y password-command (consulte docs/config.md), o corrija los errores anteriores.</translation>
    </message>
    <message>
        <source>Append the IMAP dialog to this file, with passwords and tokens redacted. At %1 MiB the file is renamed to &lt;file&gt;.1 (replacing an older &lt;file&gt;.1) and a new one begins; a FIFO, device or symlink (e.g. /dev/stderr) is written to, never renamed. If writing fails (disk full, ...), a warning says so once and the command runs on without the log.</source>
        <translation>Añadir el diálogo IMAP al final de este archivo, con las contraseñas y los tokens ocultos. Al llegar a %1 MiB, el archivo se renombra a &lt;file&gt;.1 (sustituyendo un &lt;file&gt;.1 anterior) y se empieza uno nuevo; en un FIFO, un dispositivo o un enlace simbólico (p. ej., /dev/stderr) se escribe, nunca se renombra. Si falla la escritura (disco lleno, ...), un aviso lo indica una vez y la orden sigue ejecutándose sin el registro.</translation>
    </message>
    <message>
        <source>--account: the accounts file %1 does not exist. Set up the account in the tray app (run mailbell), or give --config &lt;file&gt;.</source>
        <translation>--account: el archivo de cuentas %1 no existe. Configure la cuenta en la aplicación de bandeja (ejecute mailbell) o indique --config &lt;file&gt;.</translation>
    </message>
    <message>
        <source>--config names the accounts file for --account: give --account &lt;name&gt; too, or use --host, --user and --password-command without --config.</source>
        <translation>--config indica el archivo de cuentas para --account: indique también --account &lt;name&gt;, o use --host, --user y --password-command sin --config.</translation>
    </message>
    <message>
        <source>Or use --account &lt;name&gt;, one of the accounts in %1: %2.</source>
        <translation>O use --account &lt;name&gt;, una de las cuentas de %1: %2.</translation>
    </message>
    <message>
        <source>--%1 belongs to one account: give --account &lt;name&gt; (or --host, --user and --password-command) too, or put it in the accounts file.</source>
        <translation>--%1 pertenece a una sola cuenta: indique también --account &lt;name&gt; (o --host, --user y --password-command), o póngala en el archivo de cuentas.</translation>
    </message>
</context>
<context>
    <name>AccountStatusWords</name>
    <message>
        <source>disabled</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>waiting for the password</source>
        <translation>esperando la contraseña</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>synchronizing</source>
        <translation>sincronizando</translation>
    </message>
    <message>
        <source>online</source>
        <translation>conectada</translation>
    </message>
    <message>
        <source>offline, reconnecting</source>
        <translation>sin conexión, reconectando</translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <extracomment>an account&apos;s state (tray tooltip, status lines): it cannot sign in and waits for new credentials; compare &quot;authentication failed&quot;, the kind of an error</extracomment>
        <translation>falló el inicio de sesión</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>the server name was not found; check the host name and the network</source>
        <translation>no se encontró el nombre del servidor; compruebe el nombre de host y la red</translation>
    </message>
    <message>
        <source>the server refused the connection; check the port</source>
        <translation>el servidor rechazó la conexión; compruebe el puerto</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>el servidor no respondió a tiempo</translation>
    </message>
    <message>
        <source>the server&apos;s certificate changed since you trusted it; Mailbell does not connect until you review it in the account settings</source>
        <translation>el certificado del servidor cambió desde que confió en él; Mailbell no se conecta hasta que lo revise en la configuración de la cuenta</translation>
    </message>
    <message>
        <source>a secure connection could not be set up</source>
        <translation>no se pudo establecer una conexión segura</translation>
    </message>
    <message>
        <source>the server does not offer a secure connection (STARTTLS)</source>
        <translation>el servidor no ofrece una conexión segura (STARTTLS)</translation>
    </message>
    <message>
        <source>the server offers no sign-in method this account may use</source>
        <translation>el servidor no ofrece ningún método de inicio de sesión que esta cuenta pueda usar</translation>
    </message>
    <message>
        <source>the user name or password was rejected</source>
        <translation>se rechazó el nombre de usuario o la contraseña</translation>
    </message>
    <message>
        <source>the server sent a response Mailbell did not understand (%1)</source>
        <extracomment>%1 names the response in IMAP terms, e.g. &quot;untagged FETCH&quot; (not translated)</extracomment>
        <translation>el servidor envió una respuesta que Mailbell no entendió (%1)</translation>
    </message>
    <message>
        <source>the server sent something Mailbell did not understand</source>
        <translation>el servidor envió algo que Mailbell no entendió</translation>
    </message>
    <message>
        <source>the server closed the session</source>
        <translation>el servidor cerró la sesión</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>se perdió la conexión</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>a folder could not be opened</source>
        <translation>no se pudo abrir una carpeta</translation>
    </message>
    <message>
        <source>the message no longer exists on the server</source>
        <translation>el mensaje ya no existe en el servidor</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is for another server name (host name mismatch)</source>
        <translation>el certificado del servidor es para otro nombre de servidor (el nombre de host no coincide)</translation>
    </message>
    <message>
        <source>the server&apos;s certificate has expired</source>
        <translation>el certificado del servidor ha caducado</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not valid yet; check this computer&apos;s date and time</source>
        <translation>el certificado del servidor aún no es válido; compruebe la fecha y la hora de este equipo</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is self-signed: no authority vouches for it</source>
        <translation>el certificado del servidor está autofirmado: ninguna autoridad lo avala</translation>
    </message>
    <message>
        <source>the server&apos;s certificate was issued by an authority this computer does not know</source>
        <translation>el certificado del servidor lo emitió una autoridad que este equipo no conoce</translation>
    </message>
    <message>
        <source>the server&apos;s certificate changed since you trusted it</source>
        <translation>el certificado del servidor cambió desde que confió en él</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted</source>
        <translation>el certificado del servidor no es de confianza</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no error</source>
        <translation>sin errores</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>no se encontró el host</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>tiempo de espera agotado</translation>
    </message>
    <message>
        <source>TLS certificate not trusted</source>
        <translation>certificado TLS no fiable</translation>
    </message>
    <message>
        <source>TLS certificate changed</source>
        <translation>certificado TLS cambiado</translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation>falló TLS</translation>
    </message>
    <message>
        <source>STARTTLS unavailable</source>
        <translation>STARTTLS no disponible</translation>
    </message>
    <message>
        <source>authentication unavailable</source>
        <translation>autenticación no disponible</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <extracomment>the kind of an error, before its explanation (&quot;authentication failed: the user name or password was rejected&quot;); compare &quot;sign-in failed&quot;, an account&apos;s state</extracomment>
        <translation>falló la autenticación</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>error de protocolo</translation>
    </message>
    <message>
        <source>server ended the session</source>
        <translation>el servidor terminó la sesión</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>error de red</translation>
    </message>
    <message>
        <source>folder unavailable</source>
        <translation>carpeta no disponible</translation>
    </message>
    <message>
        <source>message no longer there</source>
        <translation>el mensaje ya no está</translation>
    </message>
    <message>
        <source>Check the spelling of the server name (for example imap.example.com) and that this computer is online.</source>
        <translation>Compruebe que el nombre del servidor esté bien escrito (por ejemplo, imap.example.com) y que este equipo esté conectado.</translation>
    </message>
    <message>
        <source>Check the port: 993 for TLS, 143 for STARTTLS. A firewall may also block it.</source>
        <translation>Compruebe el puerto: 993 para TLS, 143 para STARTTLS. También puede bloquearlo un cortafuegos.</translation>
    </message>
    <message>
        <source>Check the server name and port, and whether a firewall or proxy holds the connection. Try again later if the server is busy.</source>
        <translation>Compruebe el nombre del servidor y el puerto, y si un cortafuegos o un proxy retiene la conexión. Si el servidor está ocupado, inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>If this is your own server, compare its certificate&apos;s fingerprint with the one the server&apos;s administrator gives you, and trust it only if they match.</source>
        <translation>Si es su propio servidor, compare la huella de su certificado con la que le dé el administrador del servidor, y confíe en él solo si coinciden.</translation>
    </message>
    <message>
        <source>The server now shows a different certificate from the one you trusted. Ask the server&apos;s administrator whether it was replaced; if not, someone may be intercepting the connection.</source>
        <translation>El servidor muestra ahora un certificado distinto del que usted aceptó. Pregunte al administrador del servidor si lo ha sustituido; si no, alguien podría estar interceptando la conexión.</translation>
    </message>
    <message>
        <source>Check the security setting: TLS for port 993, STARTTLS for port 143.</source>
        <translation>Compruebe la opción de seguridad: TLS para el puerto 993, STARTTLS para el puerto 143.</translation>
    </message>
    <message>
        <source>Choose TLS (usually port 993) if the server offers it. Mailbell does not send your password over an unencrypted connection by itself.</source>
        <translation>Elija TLS (normalmente, puerto 993) si el servidor lo ofrece. Mailbell no envía por sí solo su contraseña por una conexión sin cifrar.</translation>
    </message>
    <message>
        <source>Choose another sign-in method, or enable IMAP access in the account&apos;s web settings.</source>
        <translation>Elija otro método de inicio de sesión, o active el acceso IMAP en la configuración web de la cuenta.</translation>
    </message>
    <message>
        <source>Check the user name and password. Some providers need an app password or IMAP access enabled in their web settings.</source>
        <translation>Compruebe el nombre de usuario y la contraseña. Algunos proveedores requieren una contraseña de aplicación o que se active el acceso IMAP en su configuración web.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check the server.</source>
        <translation>Inténtelo de nuevo; si sigue ocurriendo, revise el servidor.</translation>
    </message>
    <message>
        <source>offline, retrying at %1</source>
        <translation>sin conexión, se reintentará a las %1</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>%1: the server&apos;s certificate changed</source>
        <translation>%1: el certificado del servidor ha cambiado</translation>
    </message>
    <message>
        <source>%1 shows a different certificate from the one you trusted. If its administrator did not replace it, someone may be intercepting the connection. Mailbell does not connect to this account until you review the certificate in the account settings.
Trusted SHA-256: %2
Now SHA-256: %3</source>
        <translation>%1 muestra un certificado distinto del que usted aceptó. Si su administrador no lo ha sustituido, alguien podría estar interceptando la conexión. Mailbell no se conectará a esta cuenta hasta que revise el certificado en la configuración de la cuenta.
SHA-256 de confianza: %2
SHA-256 actual: %3</translation>
    </message>
    <message>
        <source>%1; SHA-256 fingerprint: %2</source>
        <extracomment>%1 is the error so far (&quot;kind: explanation&quot;), %2 the certificate&apos;s fingerprint</extracomment>
        <translation>%1; huella SHA-256: %2</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <extracomment>%1 is the error so far (&quot;protocol error: explanation (detail)&quot;), %2 the offset of the fault in the server&apos;s response</extracomment>
        <translation>%1 en el byte %2</translation>
    </message>
    <message>
        <source>%1; the server sent: %2</source>
        <extracomment>%1 is the error so far (&quot;protocol error: explanation&quot;), %2 the start of the server&apos;s line, escaped and shortened</extracomment>
        <translation>%1; el servidor envió: %2</translation>
    </message>
    <message>
        <source>%1; the server said: %2</source>
        <extracomment>%1 is the error so far (&quot;kind: explanation&quot;), %2 the server&apos;s own words</extracomment>
        <translation>%1; el servidor dijo: %2</translation>
    </message>
</context>
<context>
    <name>AccountsFile</name>
    <message>
        <source>%1 is a folder, not an accounts file</source>
        <translation>%1 es una carpeta, no un archivo de cuentas</translation>
    </message>
    <message>
        <source>%1: cannot read the accounts file: %2</source>
        <translation>%1: no se puede leer el archivo de cuentas: %2</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>%1: the accounts file is larger than %2 bytes; is it the right file?</source>
        <translation>%1: el archivo de cuentas ocupa más de %2 bytes; ¿es el archivo correcto?</translation>
    </message>
    <message>
        <source>%1: the line holds a NUL byte</source>
        <translation>%1: la línea contiene un byte NUL</translation>
    </message>
    <message>
        <source>%1: the line is not valid UTF-8</source>
        <translation>%1: la línea no es UTF-8 válido</translation>
    </message>
    <message>
        <source>%1: a section header must look like [account-id], not &quot;%2&quot;; the lines up to the next valid section are ignored</source>
        <translation>%1: una cabecera de sección debe tener la forma [id-de-cuenta], no &quot;%2&quot;; se ignoran las líneas hasta la siguiente sección válida</translation>
    </message>
    <message>
        <source>%1: empty section name []; the lines up to the next section are ignored</source>
        <translation>%1: nombre de sección vacío []; se ignoran las líneas hasta la siguiente sección</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is outside any [account] section and is ignored</source>
        <translation>%1: &quot;%2&quot; está fuera de cualquier sección [cuenta] y se ignora</translation>
    </message>
    <message>
        <source>%1: account &quot;%2&quot;: &quot;%3&quot; is not a &quot;key = value&quot; line</source>
        <translation>%1: cuenta &quot;%2&quot;: &quot;%3&quot; no es una línea &quot;clave = valor&quot;</translation>
    </message>
    <message>
        <source>%1: account &quot;%2&quot;, key &quot;%3&quot;: %4</source>
        <translation>%1: cuenta &quot;%2&quot;, clave &quot;%3&quot;: %4</translation>
    </message>
    <message>
        <source>the accounts file must never hold a password; use password-command with a program that prints it</source>
        <translation>el archivo de cuentas nunca debe contener una contraseña; use password-command con un programa que la muestre</translation>
    </message>
    <message>
        <source>%1: account &quot;%2&quot;: unknown key &quot;%3&quot; is ignored</source>
        <translation>%1: cuenta &quot;%2&quot;: se ignora la clave desconocida &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: account &quot;%2&quot;: key &quot;%3&quot; is given again; line %4 wins</source>
        <translation>%1: cuenta &quot;%2&quot;: la clave &quot;%3&quot; aparece de nuevo; prevalece la línea %4</translation>
    </message>
    <message>
        <source>%1: account &quot;%2&quot;: key &quot;%3&quot; is missing: %4</source>
        <translation>%1: cuenta &quot;%2&quot;: falta la clave &quot;%3&quot;: %4</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>the IMAP server&apos;s host name</source>
        <translation>el nombre de host del servidor IMAP</translation>
    </message>
    <message>
        <source>the login user name</source>
        <translation>el nombre de usuario para iniciar sesión</translation>
    </message>
    <message>
        <source>must be tls, starttls or plain, not &quot;%1&quot;</source>
        <translation>debe ser tls, starttls o plain, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2, not &quot;%3&quot;</source>
        <translation>debe ser un número del %1 al %2, no &quot;%3&quot;</translation>
    </message>
    <message>
        <source>must be true or false, not &quot;%1&quot;</source>
        <translation>debe ser true o false, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a colour such as #3465a4 or &quot;teal&quot;, not &quot;%1&quot;</source>
        <translation>debe ser un color como #3465a4 o &quot;teal&quot;, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is a comma-separated list of folder names and has an empty one in &quot;%1&quot;</source>
        <translation>es una lista de nombres de carpeta separados por comas y contiene uno vacío en &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;</source>
        <translation>no se puede leer &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no PEM certificate</source>
        <translation>&quot;%1&quot; no contiene ningún certificado PEM</translation>
    </message>
    <message>
        <source>must be password, xoauth2 or oauthbearer, not &quot;%1&quot;</source>
        <translation>debe ser password, xoauth2 u oauthbearer, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be keyring or ask, not &quot;%1&quot;</source>
        <translation>debe ser keyring o ask, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be google or microsoft, not &quot;%1&quot;</source>
        <translation>debe ser google o microsoft, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>google or microsoft, for OAuth 2 sign-in</source>
        <translation>google o microsoft, para iniciar sesión con OAuth 2</translation>
    </message>
    <message>
        <source>cannot be used with OAuth 2 sign-in (auth = %1)</source>
        <translation>no se puede usar con el inicio de sesión OAuth 2 (auth = %1)</translation>
    </message>
    <message>
        <source>must be a SHA-256 fingerprint (64 hex digits, colons allowed), not &quot;%1&quot;</source>
        <translation>debe ser una huella SHA-256 (64 dígitos hexadecimales, se admiten dos puntos), no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: account &quot;%2&quot;: the id &quot;%3&quot; is already used by an earlier account</source>
        <translation>%1: cuenta &quot;%2&quot;: el id &quot;%3&quot; ya lo usa una cuenta anterior</translation>
    </message>
    <message>
        <source>The account id &quot;%1&quot; cannot be used.</source>
        <translation>No se puede usar el id de cuenta &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The accounts file never holds a secret (key &quot;%1&quot;).</source>
        <translation>El archivo de cuentas nunca contiene secretos (clave &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;.</source>
        <translation>Clave desconocida &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; must be one line without NUL characters.</source>
        <translation>El valor de &quot;%1&quot; debe ser una sola línea sin caracteres NUL.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot add an account: %1.</source>
        <translation>No se puede añadir una cuenta: %1.</translation>
    </message>
    <message>
        <source>An account with the id &quot;%1&quot; already exists.</source>
        <translation>Ya existe una cuenta con el id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The new account would not load.</source>
        <translation>La cuenta nueva no se cargaría.</translation>
    </message>
    <message>
        <source>cannot read the accounts file: %1</source>
        <extracomment>%1 says what the path is instead, e.g. &quot;/x is a folder, not a regular file&quot;</extracomment>
        <translation>no se puede leer el archivo de cuentas: %1</translation>
    </message>
    <message>
        <source>%1; account &quot;%2&quot; skipped</source>
        <extracomment>%1 is the problem found in the account&apos;s section (a whole sentence without a final period), %2 the section&apos;s name</extracomment>
        <translation>%1; se omite la cuenta &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Tick an account to watch it; untick to pause it</source>
        <translation>Marque una cuenta para vigilarla; desmárquela para pausarla</translation>
    </message>
    <message>
        <source>Accounts to &amp;watch (untick to pause one):</source>
        <translation>Cuentas que &amp;vigilar (desmarque una para pausarla):</translation>
    </message>
    <message>
        <source>Paused: tick to watch this account again</source>
        <translation>En pausa: márquela para volver a vigilar esta cuenta</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Quitar cuenta</translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot;? Mailbell stops watching it and forgets its saved password. The mail on the server stays.</source>
        <translation>¿Quitar la cuenta &quot;%1&quot;? Mailbell dejará de vigilarla y olvidará su contraseña guardada. El correo del servidor se conserva.</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conservar</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
</context>
<context>
    <name>AccountsWriter</name>
    <message>
        <source>The account id &quot;%1&quot; cannot be used.</source>
        <translation>No se puede usar el id de cuenta &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Two accounts have the id &quot;%1&quot;.</source>
        <translation>Dos cuentas tienen el id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;: the value of &quot;%2&quot; must be one line.</source>
        <translation>Cuenta &quot;%1&quot;: el valor de &quot;%2&quot; debe ser una sola línea.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; would not load back.</source>
        <translation>La cuenta &quot;%1&quot; no se volvería a cargar.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;: &quot;%2&quot; cannot be stored as &quot;%3&quot;; it would read back as &quot;%4&quot;.</source>
        <translation>Cuenta &quot;%1&quot;: &quot;%2&quot; no se puede guardar como &quot;%3&quot;; se volvería a leer como &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>Cannot save %1: it is a folder, not a file.</source>
        <translation>No se puede guardar %1: es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>Cannot save %1: cannot read it first: %2</source>
        <translation>No se puede guardar %1: no se puede leer antes: %2</translation>
    </message>
    <message>
        <source>Cannot save: %1.</source>
        <translation>No se puede guardar: %1.</translation>
    </message>
    <message>
        <source>Cannot save %1: it is larger than %2 bytes.</source>
        <translation>No se puede guardar %1: ocupa más de %2 bytes.</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot save %1: it is a folder, not a file.</source>
        <translation>No se puede guardar %1: es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>Cannot save: %1.</source>
        <translation>No se puede guardar: %1.</translation>
    </message>
    <message>
        <source>Cannot save %1: cannot create a temporary file in its folder: %2</source>
        <translation>No se puede guardar %1: no se puede crear un archivo temporal en su carpeta: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2: %3</source>
        <translation>No se puede guardar %1: %2: %3</translation>
    </message>
    <message>
        <source>cannot set its permissions</source>
        <translation>no se pueden establecer sus permisos</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>no se puede escribir</translation>
    </message>
    <message>
        <source>cannot flush to disk</source>
        <translation>no se puede volcar al disco</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>No se puede guardar %1: %2</translation>
    </message>
    <message>
        <source>Saved %1, but cannot flush its folder to disk: %2</source>
        <translation>Se guardó %1, pero no se puede volcar su carpeta al disco: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>No se puede eliminar %1: %2</translation>
    </message>
</context>
<context>
    <name>AutoconfigFetcher</name>
    <message>
        <source>no answer within %1 seconds</source>
        <translation>sin respuesta en %1 segundos</translation>
    </message>
    <message>
        <source>the document is larger than %1 KiB</source>
        <translation>el documento ocupa más de %1 KiB</translation>
    </message>
    <message>
        <source>autoconfig %1: %2</source>
        <translation>autoconfig %1: %2</translation>
    </message>
    <message>
        <source>a redirect without a valid location</source>
        <translation>una redirección sin una ubicación válida</translation>
    </message>
    <message>
        <source>refused a redirect to %1 (not HTTPS)</source>
        <translation>se rechazó una redirección a %1 (no es HTTPS)</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>más de %1 redirecciones</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>el servidor respondió HTTP %1</translation>
    </message>
</context>
<context>
    <name>AutoconfigParser</name>
    <message>
        <source>not valid XML (line %1: %2)</source>
        <translation>no es XML válido (línea %1: %2)</translation>
    </message>
    <message>
        <source>not an autoconfig document (no clientConfig element)</source>
        <translation>no es un documento autoconfig (falta el elemento clientConfig)</translation>
    </message>
    <message>
        <source>autoconfig %1: an IMAP server without a valid host name and port</source>
        <translation>autoconfig %1: un servidor IMAP sin nombre de host y puerto válidos</translation>
    </message>
    <message>
        <source>autoconfig %1: %2 is offered without encryption (refused)</source>
        <translation>autoconfig %1: %2 se ofrece sin cifrado (rechazado)</translation>
    </message>
    <message>
        <source>autoconfig %1: %2 offers no sign-in method Mailbell supports (%3)</source>
        <translation>autoconfig %1: %2 no ofrece ningún método de inicio de sesión compatible con Mailbell (%3)</translation>
    </message>
    <message>
        <source>Autoconfig from %1</source>
        <translation>Autoconfig de %1</translation>
    </message>
    <message>
        <source>autoconfig %1: no IMAP server (only POP3 or others)</source>
        <translation>autoconfig %1: ningún servidor IMAP (solo POP3 u otros)</translation>
    </message>
    <message>
        <source>autoconfig %1: no incoming server</source>
        <translation>autoconfig %1: ningún servidor de entrada</translation>
    </message>
</context>
<context>
    <name>Autodetector</name>
    <message>
        <source>&quot;%1&quot; is not an email address (name@example.org).</source>
        <translation>&quot;%1&quot; no es una dirección de correo electrónico (nombre@example.org).</translation>
    </message>
    <message>
        <source>%1 is a local name: there is nothing to look up.</source>
        <translation>%1 es un nombre local: no hay nada que buscar.</translation>
    </message>
    <message>
        <source>No settings can be looked up for %1, a local name; enter the server below.</source>
        <translation>No se puede buscar ninguna configuración para %1, un nombre local; introduzca el servidor a continuación.</translation>
    </message>
    <message>
        <source>Not among the known providers</source>
        <translation>No está entre los proveedores conocidos</translation>
    </message>
    <message>
        <source>Found through DNS: check that %1 is your provider&apos;s server.</source>
        <translation>Encontrado mediante DNS: compruebe que %1 es el servidor de su proveedor.</translation>
    </message>
    <message>
        <source>This server offers only STARTTLS, not a TLS connection from the start.</source>
        <translation>Este servidor solo ofrece STARTTLS, no una conexión TLS desde el principio.</translation>
    </message>
    <message>
        <source>Looking up %1 among the known providers…</source>
        <translation>Buscando %1 entre los proveedores conocidos…</translation>
    </message>
    <message>
        <source>Asking DNS about %1…</source>
        <translation>Consultando el DNS sobre %1…</translation>
    </message>
    <message>
        <source>Asking %1 for its configuration…</source>
        <translation>Pidiendo a %1 su configuración…</translation>
    </message>
    <message>
        <source>Asking DNS who handles mail for %1…</source>
        <translation>Preguntando al DNS quién gestiona el correo de %1…</translation>
    </message>
</context>
<context>
    <name>CertificateTrustDialog</name>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation>Caducó el %1.</translation>
    </message>
    <message>
        <source>Not yet valid: valid from %1.</source>
        <translation>Aún no es válido: válido desde el %1.</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificado no fiable</translation>
    </message>
    <message>
        <source>The server %1 showed a certificate that this computer does not trust. Trust it only if you know it is your server&apos;s certificate, for example because its SHA-256 fingerprint matches the one its administrator gave you.</source>
        <translation>El servidor %1 mostró un certificado en el que este equipo no confía. Confíe en él solo si sabe que es el certificado de su servidor, por ejemplo porque su huella SHA-256 coincide con la que le dio su administrador.</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Emitido para:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Emitido por:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validez:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Huella SHA-256:</translation>
    </message>
    <message>
        <source>%1 (issued by %2)</source>
        <translation>%1 (emitido por %2)</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Cadena:</translation>
    </message>
    <message>
        <source>Do not trust</source>
        <translation>No confiar</translation>
    </message>
    <message>
        <source>Trust this certificate for this account</source>
        <translation>Confiar en este certificado para esta cuenta</translation>
    </message>
    <message>
        <source>Changed certificate</source>
        <translation>Certificado cambiado</translation>
    </message>
    <message>
        <source>This certificate differs from the one you trusted for %1 before (SHA-256 %2). If the server&apos;s administrator did not replace it, someone may be intercepting the connection.</source>
        <translation>Este certificado es distinto del que aceptó antes para %1 (SHA-256 %2). Si el administrador del servidor no lo ha sustituido, alguien podría estar interceptando la conexión.</translation>
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
        <translation>mailbell check: la cuenta &quot;%1&quot; inicia sesión con OAuth 2, algo que check aún no hace; use mailbell watch --account %1.</translation>
    </message>
    <message>
        <source>mailbell check: cannot write the protocol log: %1</source>
        <translation>mailbell check: no se puede escribir el registro del protocolo: %1</translation>
    </message>
    <message>
        <source>cannot get the status of folder &quot;%1&quot;: the server said: %2</source>
        <translation>no se puede obtener el estado de la carpeta &quot;%1&quot;: el servidor dijo: %2</translation>
    </message>
    <message>
        <source>protocol error: the server&apos;s STATUS reply for folder &quot;%1&quot; lacks MESSAGES or UNSEEN</source>
        <translation>error de protocolo: a la respuesta STATUS del servidor para la carpeta &quot;%1&quot; le falta MESSAGES o UNSEEN</translation>
    </message>
    <message>
        <source>%1/%2: %3 unseen of %4</source>
        <translation>%1/%2: %3 no vistos de %4</translation>
    </message>
    <message>
        <source>Connects once to one account (--account &lt;name&gt; from the accounts file, or one given with --host, --user and --password-command), prints the unseen and total message counts of each folder and exits 0 when no folder has unseen mail, 1 when some folder has, 2 on any error.</source>
        <translation>Se conecta una vez a una cuenta (--account &lt;name&gt; del archivo de cuentas, o una indicada con --host, --user y --password-command), muestra el número de mensajes no vistos y el total de cada carpeta y termina con 0 cuando ninguna carpeta tiene correo no visto, 1 cuando alguna lo tiene y 2 ante cualquier error.</translation>
    </message>
</context>
<context>
    <name>CommandAdvice</name>
    <message>
        <source>Port %1 speaks plain IMAP; use --security starttls</source>
        <translation>El puerto %1 habla IMAP sin cifrar; use --security starttls</translation>
    </message>
    <message>
        <source>Port %1 speaks TLS (implicit TLS); use --security tls</source>
        <translation>El puerto %1 habla TLS (TLS implícito); use --security tls</translation>
    </message>
    <message>
        <source>To trust this certificate, first compare its fingerprint with the one the server&apos;s administrator gives you; if they match, add:</source>
        <translation>Para confiar en este certificado, compare primero su huella con la que le dé el administrador del servidor; si coinciden, añada:</translation>
    </message>
    <message>
        <source>Only if the server&apos;s administrator confirms that the certificate was replaced, trust the new one; add:</source>
        <translation>Solo si el administrador del servidor confirma que el certificado se sustituyó, confíe en el nuevo; añada:</translation>
    </message>
    <message>
        <source>or, to keep trusting it, write this line in the account&apos;s section [%1] of the accounts file (the tray app&apos;s certificate trust does the same):</source>
        <extracomment>%1 is the account&apos;s section name in the accounts file</extracomment>
        <translation>o, para seguir confiando en él, escriba esta línea en la sección [%1] de la cuenta en el archivo de cuentas (la confianza en certificados de la aplicación de bandeja hace lo mismo):</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>Pro&amp;bar conexión</translation>
    </message>
    <message>
        <source>Enter the server name first.</source>
        <translation>Introduzca primero el nombre del servidor.</translation>
    </message>
    <message>
        <source>Cancel &amp;test</source>
        <translation>Cancelar prue&amp;ba</translation>
    </message>
    <message>
        <source>✔ Connection works</source>
        <translation>✔ La conexión funciona</translation>
    </message>
    <message>
        <source>✖ Connection failed</source>
        <translation>✖ Falló la conexión</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Buscando %1…</translation>
    </message>
    <message>
        <source>Connecting to %1 on port %2…</source>
        <translation>Conectando con %1 en el puerto %2…</translation>
    </message>
    <message>
        <source>Setting up a secure connection (STARTTLS)…</source>
        <translation>Estableciendo una conexión segura (STARTTLS)…</translation>
    </message>
    <message>
        <source>Setting up a secure connection (TLS)…</source>
        <translation>Estableciendo una conexión segura (TLS)…</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Iniciando sesión como %1…</translation>
    </message>
    <message>
        <source>Signed in. Listing folders…</source>
        <translation>Sesión iniciada. Listando las carpetas…</translation>
    </message>
    <message numerus="yes">
        <source>Signed in and found %n folder(s).</source>
        <translation>
            <numerusform>Sesión iniciada; se encontró %n carpeta.</numerusform>
            <numerusform>Sesión iniciada; se encontraron %n carpetas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server lists more folders; only the first %L1 are shown.</source>
        <translation>El servidor tiene más carpetas; solo se muestran las primeras %L1.</translation>
    </message>
    <message numerus="yes">
        <source>%n folder name(s) could not be read and are left out.</source>
        <translation>
            <numerusform>No se pudo leer el nombre de %n carpeta y se omite.</numerusform>
            <numerusform>No se pudieron leer los nombres de %n carpetas y se omiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server does not push new mail (no IDLE): Mailbell will check periodically.</source>
        <translation>El servidor no envía el correo nuevo al instante (sin IDLE): Mailbell lo comprobará periódicamente.</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Prueba cancelada.</translation>
    </message>
    <message>
        <source>Failed: %1.</source>
        <translation>Error: %1.</translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <translation>El servidor dijo: “%1”</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Huella SHA-256: %1</translation>
    </message>
</context>
<context>
    <name>CredentialBroker</name>
    <message>
        <source>This account has no OAuth provider (oauth-provider).</source>
        <translation>Esta cuenta no tiene proveedor OAuth (oauth-provider).</translation>
    </message>
    <message numerus="yes">
        <source>The keyring did not answer within %n second(s).</source>
        <translation>
            <numerusform>El depósito de claves no respondió en %n segundo.</numerusform>
            <numerusform>El depósito de claves no respondió en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No desktop session bus (D-Bus): the keyring (Secret Service) cannot be reached.</source>
        <translation>No hay bus de sesión del escritorio (D-Bus): no se puede acceder al depósito de claves (Secret Service).</translation>
    </message>
    <message>
        <source>No keyring (Secret Service, such as GNOME Keyring or KWallet) is running in this desktop session: passwords cannot be saved.</source>
        <translation>No hay ningún depósito de claves (Secret Service, como GNOME Keyring o KWallet) en funcionamiento en esta sesión del escritorio: no se pueden guardar contraseñas.</translation>
    </message>
    <message>
        <source>No keyring (Secret Service) is available: passwords cannot be saved. %1</source>
        <translation>No hay ningún depósito de claves (Secret Service) disponible: no se pueden guardar contraseñas. %1</translation>
    </message>
    <message>
        <source>The keyring refused access: %1</source>
        <translation>El depósito de claves denegó el acceso: %1</translation>
    </message>
    <message>
        <source>Keyring error: %1</source>
        <translation>Error del depósito de claves: %1</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message numerus="yes">
        <source>mailbell demo: started a private IMAP server on 127.0.0.1:%1 (user &quot;demo&quot;, %n sample message(s) already in its mailboxes).</source>
        <translation>
            <numerusform>mailbell demo: se inició un servidor IMAP privado en 127.0.0.1:%1 (usuario &quot;demo&quot;, con %n mensaje de muestra ya en sus buzones).</numerusform>
            <numerusform>mailbell demo: se inició un servidor IMAP privado en 127.0.0.1:%1 (usuario &quot;demo&quot;, con %n mensajes de muestra ya en sus buzones).</numerusform>
        </translation>
    </message>
    <message>
        <source>The Mailbell tray app is watching it: look at the Mailbell icon in your panel&apos;s system tray, where a new sample message is announced every %1 s.</source>
        <translation>La aplicación de bandeja de Mailbell lo está vigilando: mire el icono de Mailbell en la bandeja del sistema de su panel, donde se anuncia un nuevo mensaje de muestra cada %1 s.</translation>
    </message>
    <message>
        <source>Your own mail accounts are not touched; to try one, add it in the tray menu&apos;s Settings: it is saved for the normal &apos;mailbell&apos; too.</source>
        <translation>Sus propias cuentas de correo no se tocan; para probar una, añádala en Configuración, en el menú de la bandeja: también se guarda para el &apos;mailbell&apos; normal.</translation>
    </message>
    <message>
        <source>Stop with Ctrl+C here, or Quit in the tray icon&apos;s menu.</source>
        <translation>Deténgalo con Ctrl+C aquí, o con Salir en el menú del icono de la bandeja.</translation>
    </message>
    <message>
        <source>A new sample message arrives every %1 s; its event is printed as &apos;mailbell watch&apos; prints it.</source>
        <translation>Cada %1 s llega un nuevo mensaje de muestra; su evento se muestra tal como lo hace &apos;mailbell watch&apos;.</translation>
    </message>
    <message>
        <source>Stop with Ctrl+C.</source>
        <translation>Deténgalo con Ctrl+C.</translation>
    </message>
    <message>
        <source>Starts a private mail server with a demo account that receives a sample message every few seconds, and shows Mailbell at work on it: the tray app when there is a display, otherwise the events as &apos;mailbell watch&apos; prints them. Needs the Debian packages dovecot-core and dovecot-imapd; touches no real mail account. Runs until interrupted (Ctrl+C or SIGTERM) or the tray app quits.</source>
        <translation>Inicia un servidor de correo privado con una cuenta de demostración que recibe un mensaje de muestra cada pocos segundos, y muestra Mailbell en acción con ella: la aplicación de bandeja cuando hay pantalla; si no, los eventos tal como los muestra &apos;mailbell watch&apos;. Necesita los paquetes de Debian dovecot-core y dovecot-imapd; no toca ninguna cuenta de correo real. Se ejecuta hasta que se interrumpe (Ctrl+C o SIGTERM) o hasta que se cierra la aplicación de bandeja.</translation>
    </message>
    <message>
        <source>Without the tray app: print one JSON object per line, as &apos;mailbell watch --json&apos; does; nothing else goes to standard output.</source>
        <translation>Sin la aplicación de bandeja: mostrar un objeto JSON por línea, como hace &apos;mailbell watch --json&apos;; no se envía nada más a la salida estándar.</translation>
    </message>
    <message>
        <source>Print the events even when there is a display (no tray app).</source>
        <translation>Mostrar los eventos aunque haya pantalla (sin aplicación de bandeja).</translation>
    </message>
    <message>
        <source>Seconds between two sample messages (default %1).</source>
        <translation>Segundos entre dos mensajes de muestra (predeterminado: %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;seconds&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation>seconds</translation>
    </message>
    <message>
        <source>mailbell demo: --interval needs a number of seconds from %1 to %2, not &quot;%3&quot;.</source>
        <translation>mailbell demo: --interval necesita un número de segundos del %1 al %2, no &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>mailbell demo: no display (neither DISPLAY nor WAYLAND_DISPLAY is set, or QT_QPA_PLATFORM shows nothing), so no tray icon: printing the demo account&apos;s events as &apos;mailbell watch&apos; does instead.</source>
        <translation>mailbell demo: no hay pantalla (no está definida ni DISPLAY ni WAYLAND_DISPLAY, o QT_QPA_PLATFORM no muestra nada), así que no hay icono en la bandeja: se muestran en su lugar los eventos de la cuenta de demostración como lo hace &apos;mailbell watch&apos;.</translation>
    </message>
    <message>
        <source>mailbell demo: the tray app is not part of this build yet: printing the demo account&apos;s events as &apos;mailbell watch&apos; does instead.</source>
        <translation>mailbell demo: la aplicación de bandeja aún no forma parte de esta compilación: se muestran en su lugar los eventos de la cuenta de demostración como lo hace &apos;mailbell watch&apos;.</translation>
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
            <numerusform>La demostración ejecuta su propio pequeño servidor de correo, Dovecot, que no está instalado por completo aquí. Instale el paquete de Debian %1, por ejemplo con
  sudo apt install %2</numerusform>
            <numerusform>La demostración ejecuta su propio pequeño servidor de correo, Dovecot, que no está instalado por completo aquí. Instale los paquetes de Debian %1, por ejemplo con
  sudo apt install %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo mail server did not start: %1</source>
        <translation>El servidor de correo de demostración no se inició: %1</translation>
    </message>
    <message>
        <source>The demo mail server started but could not be set up: %1</source>
        <translation>El servidor de correo de demostración se inició, pero no se pudo configurar: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demostración</translation>
    </message>
    <message>
        <source>Could not store a sample message in %1: %2</source>
        <translation>No se pudo guardar un mensaje de muestra en %1: %2</translation>
    </message>
</context>
<context>
    <name>DemoTray</name>
    <message>
        <source>%1 (sample server, not saved)</source>
        <translation>%1 (servidor de muestra, no se guarda)</translation>
    </message>
    <message>
        <source>The demo account exists only while &apos;mailbell demo&apos; runs: it cannot be edited or removed, and it is never saved. Add your own account with %1</source>
        <extracomment>%1 is the label of the settings button that adds an account (&quot;Add…&quot;)</extracomment>
        <translation>La cuenta de demostración solo existe mientras se ejecuta &apos;mailbell demo&apos;: no se puede editar ni quitar, y nunca se guarda. Añada su propia cuenta con %1</translation>
    </message>
</context>
<context>
    <name>EventFormatter</name>
    <message>
        <source>Ready: watching %1 in %2.</source>
        <extracomment>%1 is &quot;%n folder(s)&quot;, %2 is &quot;%n account(s)&quot;</extracomment>
        <translation>Listo: vigilando %1 en %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n carpeta</numerusform>
            <numerusform>%n carpetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n cuenta</numerusform>
            <numerusform>%n cuentas</numerusform>
        </translation>
    </message>
    <message>
        <source>(unknown sender)</source>
        <translation>(remitente desconocido)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>%1 New: %2 — %3</source>
        <translation>%1 Nuevo: %2 — %3</translation>
    </message>
    <message>
        <source>%1 Removed: message %2</source>
        <translation>%1 Eliminado: mensaje %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>%1 Flags of message %2: %3</source>
        <translation>%1 Indicadores del mensaje %2: %3</translation>
    </message>
    <message>
        <source>%1 %2 unseen of %3</source>
        <translation>%1 %2 no vistos de %3</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source> (next attempt at %1)</source>
        <translation> (próximo intento a las %1)</translation>
    </message>
    <message>
        <source>[%1] Error: %2</source>
        <translation>[%1] Error: %2</translation>
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
        <translation>--exec necesita un programa que ejecutar.</translation>
    </message>
    <message>
        <source>--exec: more than %1 messages are waiting; message %2 in %3 is skipped.</source>
        <translation>--exec: hay más de %1 mensajes en espera; se omite el mensaje %2 de %3.</translation>
    </message>
    <message>
        <source>message %1 in %2</source>
        <translation>mensaje %1 de %2</translation>
    </message>
    <message>
        <source>--exec: &quot;%1&quot; could not be started for %2: %3</source>
        <translation>--exec: no se pudo iniciar &quot;%1&quot; para %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>--exec: &quot;%1&quot; was killed after %n second(s) for %2</source>
        <translation>
            <numerusform>--exec: &quot;%1&quot; se terminó a la fuerza tras %n segundo para %2</numerusform>
            <numerusform>--exec: &quot;%1&quot; se terminó a la fuerza tras %n segundos para %2</numerusform>
        </translation>
    </message>
    <message>
        <source>--exec: &quot;%1&quot; crashed for %2</source>
        <translation>--exec: &quot;%1&quot; se cerró inesperadamente para %2</translation>
    </message>
    <message>
        <source>--exec: &quot;%1&quot; failed with exit code %2 for %3</source>
        <translation>--exec: &quot;%1&quot; terminó con el código de salida %2 para %3</translation>
    </message>
</context>
<context>
    <name>FileKindWords</name>
    <message>
        <source>%1 is a folder, not a regular file</source>
        <translation>%1 es una carpeta, no un archivo normal</translation>
    </message>
    <message>
        <source>%1 is a character device, not a regular file</source>
        <translation>%1 es un dispositivo de caracteres, no un archivo normal</translation>
    </message>
    <message>
        <source>%1 is a block device, not a regular file</source>
        <translation>%1 es un dispositivo de bloques, no un archivo normal</translation>
    </message>
    <message>
        <source>%1 is a named pipe (FIFO), not a regular file</source>
        <translation>%1 es una tubería con nombre (FIFO), no un archivo normal</translation>
    </message>
    <message>
        <source>%1 is a socket, not a regular file</source>
        <translation>%1 es un socket, no un archivo normal</translation>
    </message>
    <message>
        <source>%1 is a symbolic link, not a regular file</source>
        <translation>%1 es un enlace simbólico, no un archivo normal</translation>
    </message>
    <message>
        <source>%1 cannot be examined, so it is not used</source>
        <translation>%1 no se puede examinar, así que no se usa</translation>
    </message>
</context>
<context>
    <name>FolderTreeModel</name>
    <message>
        <source>All mail</source>
        <translation>Todo el correo</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Destacados</translation>
    </message>
    <message>
        <source>Junk</source>
        <translation>Correo no deseado</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: configured, not (yet) listed by the server</source>
        <translation>%1: configurada, pero el servidor (aún) no la lista</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>S&amp;tart Mailbell when I log in</source>
        <translation>&amp;Iniciar Mailbell al iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <source>A new language applies the next time Mailbell starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Mailbell.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
</context>
<context>
    <name>HeadlessPassword</name>
    <message>
        <source>The account&apos;s password is asked at each start of the tray app and kept nowhere; give --password-command, or add a password-command to the account (see docs/config.md).</source>
        <translation>La contraseña de la cuenta se pide en cada inicio de la aplicación de bandeja y no se guarda en ningún sitio; indique --password-command, o añada un password-command a la cuenta (consulte docs/config.md).</translation>
    </message>
    <message>
        <source>The account has no password-command and no password is saved in the keyring for it; add a password-command (see docs/config.md), give --password-command, or save the password from the tray app.</source>
        <translation>La cuenta no tiene password-command y no hay ninguna contraseña guardada para ella en el depósito de claves; añada un password-command (consulte docs/config.md), indique --password-command o guarde la contraseña desde la aplicación de bandeja.</translation>
    </message>
    <message>
        <source>The account has no password-command and the keyring could not be read: %1</source>
        <translation>La cuenta no tiene password-command y no se pudo leer el depósito de claves: %1</translation>
    </message>
    <message>
        <source>The server rejected the password and nobody can type another one here; add a password-command to the account (see docs/config.md), or give --password-command.</source>
        <translation>El servidor rechazó la contraseña y aquí nadie puede escribir otra; añada un password-command a la cuenta (consulte docs/config.md), o indique --password-command.</translation>
    </message>
</context>
<context>
    <name>LanguageLoader</name>
    <message>
        <source>settings.conf: [general] language = &quot;%1&quot; is not a language Qt knows; the system&apos;s language is used.</source>
        <translation>settings.conf: [general] language = &quot;%1&quot; no es un idioma que Qt conozca; se usa el idioma del sistema.</translation>
    </message>
    <message>
        <source>Mailbell has no translation for &quot;%1&quot; yet; its texts stay in English.</source>
        <translation>Mailbell aún no tiene traducción para &quot;%1&quot;; sus textos se quedan en inglés.</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Check every account for new mail now (in the running Mailbell, which is started first when it is not running).</source>
        <translation>Comprobar ahora si hay correo nuevo en todas las cuentas (en el Mailbell en ejecución, que se inicia primero si no lo está).</translation>
    </message>
    <message>
        <source>Open the settings (in the running Mailbell, which is started first when it is not running).</source>
        <translation>Abrir la configuración (en el Mailbell en ejecución, que se inicia primero si no lo está).</translation>
    </message>
</context>
<context>
    <name>MailClientLauncher</name>
    <message>
        <source>The webmail address “%1” is not valid.</source>
        <translation>La dirección de correo web “%1” no es válida.</translation>
    </message>
    <message>
        <source>The mail client command “%1” is empty.</source>
        <translation>La orden del cliente de correo “%1” está vacía.</translation>
    </message>
    <message>
        <source>No mail client is set for this account.</source>
        <translation>No hay ningún cliente de correo configurado para esta cuenta.</translation>
    </message>
    <message>
        <source>The web browser could not be started.</source>
        <translation>No se pudo iniciar el navegador web.</translation>
    </message>
    <message>
        <source>The mail client “%1” could not be started.</source>
        <translation>No se pudo iniciar el cliente de correo “%1”.</translation>
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
            <numerusform>%n mensaje nuevo</numerusform>
            <numerusform>%n mensajes nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>No new mail</source>
        <translation>No hay correo nuevo</translation>
    </message>
</context>
<context>
    <name>MarkAllReadDialog</name>
    <message>
        <source>Mark All as Read</source>
        <translation>Marcar todo como leído</translation>
    </message>
    <message>
        <source>This marks every unread message in the watched folders as read on the server, including older ones that are not in the recent list. Other mail programs will show them as read too.</source>
        <translation>Esto marca como leídos en el servidor todos los mensajes sin leer de las carpetas vigiladas, incluidos los antiguos que no están en la lista de recientes. Los demás programas de correo también los mostrarán como leídos.</translation>
    </message>
    <message>
        <source>&amp;Mark All as Read</source>
        <translation>&amp;Marcar todo como leído</translation>
    </message>
    <message numerus="yes">
        <source>Mark all %n unread message(s) as read?</source>
        <translation>
            <numerusform>¿Marcar como leído %n mensaje sin leer?</numerusform>
            <numerusform>¿Marcar como leídos los %n mensajes sin leer?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageSummaryWindow</name>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>This message has no text preview.</source>
        <translation>Este mensaje no tiene vista previa de texto.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Mark as &amp;read</source>
        <translation>Marcar como &amp;leído</translation>
    </message>
    <message>
        <source>&amp;Flag</source>
        <translation>&amp;Destacar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Open in mail client</source>
        <translation>&amp;Abrir en cliente de correo</translation>
    </message>
    <message>
        <source>%1 — Mailbell</source>
        <translation>%1 — Mailbell</translation>
    </message>
    <message>
        <source>This message was deleted or moved on the server.</source>
        <translation>Este mensaje se eliminó o se movió en el servidor.</translation>
    </message>
    <message>
        <source>Mark as &amp;unread</source>
        <translation>Marcar como &amp;no leído</translation>
    </message>
    <message>
        <source>Un&amp;flag</source>
        <translation>Quitar &amp;destacado</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>MessageText</name>
    <message>
        <source>(unknown sender)</source>
        <translation>(remitente desconocido)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>No leído</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Destacado</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondido</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Marked for deletion</source>
        <translation>Marcado para eliminar</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(sin fecha)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
</context>
<context>
    <name>MxDiscovery</name>
    <message>
        <source>DNS MX %1: no answer within %2 seconds</source>
        <translation>DNS MX %1: sin respuesta en %2 segundos</translation>
    </message>
    <message>
        <source>DNS MX %1: no record</source>
        <translation>DNS MX %1: ningún registro</translation>
    </message>
    <message>
        <source>DNS MX %1: %2</source>
        <translation>DNS MX %1: %2</translation>
    </message>
    <message>
        <source>DNS MX %1: %2 is no known provider&apos;s mail server</source>
        <translation>DNS MX %1: %2 no es el servidor de correo de ningún proveedor conocido</translation>
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
        <translation>Remitente desconocido</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Marcar como leído</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages in %1</source>
        <translation>
            <numerusform>%n mensaje nuevo en %1</numerusform>
            <numerusform>%n mensajes nuevos en %1</numerusform>
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
            <numerusform>De %1 y %n más</numerusform>
            <numerusform>De %1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation>Mostrar mensajes</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <source>&amp;Show a notification for new mail</source>
        <translation>&amp;Mostrar una notificación al llegar correo nuevo</translation>
    </message>
    <message>
        <source>Play a so&amp;und</source>
        <translation>&amp;Reproducir un sonido</translation>
    </message>
    <message>
        <source>Show the message &amp;preview</source>
        <translation>Mostrar la vista &amp;previa del mensaje</translation>
    </message>
    <message>
        <source>Offer &quot;&amp;Delete&quot; on a notification</source>
        <translation>Ofrecer &quot;&amp;Eliminar&quot; en las notificaciones</translation>
    </message>
    <message>
        <source>&amp;Quiet hours from</source>
        <translation>&amp;Horas de silencio desde</translation>
    </message>
    <message>
        <source>During quiet hours, show notifications &amp;without sound</source>
        <translation>Durante las horas de silencio, mostrar notificaciones &amp;sin sonido</translation>
    </message>
    <message>
        <source>boss@example.org</source>
        <translation>jefe@example.org</translation>
    </message>
    <message>
        <source>work/Lists/Announcements</source>
        <translation>trabajo/Listas/Anuncios</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> mensajes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Unchecked, quiet hours show no notifications: only the list and the badge change.</source>
        <translation>Si no se marca, durante las horas de silencio no se muestran notificaciones: solo cambian la lista y el contador.</translation>
    </message>
    <message>
        <source>Announcing</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>wi&amp;thin</source>
        <translation>&amp;dentro de</translation>
    </message>
    <message>
        <source>Group mo&amp;re than</source>
        <translation>Agr&amp;upar más de</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Horas de silencio</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>has&amp;ta</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Días:</translation>
    </message>
    <message>
        <source>Senders and folders</source>
        <translation>Remitentes y carpetas</translation>
    </message>
    <message>
        <source>&amp;VIP senders
(always announced,
one address a line):</source>
        <translation>Remitentes &amp;VIP
(siempre se anuncian,
una dirección por línea):</translation>
    </message>
    <message>
        <source>&amp;Muted folders
(account/folder,
one a line):</source>
        <translation>Carpetas silenci&amp;adas
(cuenta/carpeta,
una por línea):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>&quot;%1&quot; no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not account/folder, such as work/Lists/Qt.</source>
        <translation>&quot;%1&quot; no tiene la forma cuenta/carpeta, como trabajo/Listas/Qt.</translation>
    </message>
    <message>
        <source>Choose at least one day for quiet hours.</source>
        <translation>Elija al menos un día para las horas de silencio.</translation>
    </message>
</context>
<context>
    <name>OAuthAuthorizer</name>
    <message>
        <source>The sign-in was not completed in the browser in time. Try again.</source>
        <translation>El inicio de sesión no se completó a tiempo en el navegador. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1 for the browser&apos;s answer.</source>
        <translation>No se pudo escuchar en 127.0.0.1 la respuesta del navegador.</translation>
    </message>
    <message>
        <source>Mailbell received the answer. You can close this page and return to Mailbell.</source>
        <translation>Mailbell recibió la respuesta. Puede cerrar esta página y volver a Mailbell.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address yourself: %1</source>
        <translation>No se pudo abrir ningún navegador web. Abra usted mismo esta dirección: %1</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <source>The browser&apos;s answer does not belong to this sign-in (state mismatch); it was ignored for safety. Try again.</source>
        <translation>La respuesta del navegador no corresponde a este inicio de sesión (el estado no coincide); se ignoró por seguridad. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The browser&apos;s answer carries no authorization code.</source>
        <translation>La respuesta del navegador no incluye ningún código de autorización.</translation>
    </message>
    <message>
        <source>The provider gave no refresh token, so Mailbell could not stay signed in.</source>
        <translation>El proveedor no proporcionó ningún token de actualización, así que Mailbell no pudo mantener la sesión iniciada.</translation>
    </message>
</context>
<context>
    <name>OAuthErrors</name>
    <message>
        <source>The sign-in was declined: Mailbell did not get access to the mailbox.</source>
        <translation>Se rechazó el inicio de sesión: Mailbell no obtuvo acceso al buzón.</translation>
    </message>
    <message>
        <source>The sign-in is no longer valid (revoked, expired, or the password changed). Sign in again.</source>
        <translation>El inicio de sesión ya no es válido (revocado, caducado o la contraseña cambió). Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>The sign-in service is unavailable right now; try again later.</source>
        <translation>El servicio de inicio de sesión no está disponible en este momento; inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The sign-in failed (%1).</source>
        <translation>Falló el inicio de sesión (%1).</translation>
    </message>
    <message>
        <source>The provider says: %1</source>
        <translation>El proveedor dice: %1</translation>
    </message>
    <message>
        <source>The provider does not accept Mailbell&apos;s OAuth client ID. Check oauth-client-id (see docs/oauth.md).</source>
        <translation>El proveedor no acepta el ID de cliente OAuth de Mailbell. Compruebe oauth-client-id (consulte docs/oauth.md).</translation>
    </message>
    <message>
        <source>The provider refused access to the mailbox (scope not allowed for this client ID).</source>
        <translation>El proveedor denegó el acceso al buzón (ámbito no permitido para este ID de cliente).</translation>
    </message>
</context>
<context>
    <name>OAuthProvider</name>
    <message>
        <source>The %1 sign-in addresses are not valid URLs.</source>
        <translation>Las direcciones de inicio de sesión de %1 no son URL válidas.</translation>
    </message>
    <message>
        <source>No OAuth client ID for %1: this build of Mailbell has none built in. Register a desktop app with %1 (redirect URI http://127.0.0.1, see docs/oauth.md) and give its client ID as the account&apos;s OAuth client ID (oauth-client-id in accounts.conf).</source>
        <translation>No hay ID de cliente OAuth para %1: esta compilación de Mailbell no incluye ninguno. Registre una aplicación de escritorio en %1 (URI de redirección http://127.0.0.1, consulte docs/oauth.md) e indique su ID de cliente como ID de cliente OAuth de la cuenta (oauth-client-id en accounts.conf).</translation>
    </message>
</context>
<context>
    <name>OAuthSignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Iniciar sesión en %1</translation>
    </message>
</context>
<context>
    <name>OAuthSignInWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser. If no browser opened, &lt;a href=&quot;%1&quot;&gt;open the sign-in page&lt;/a&gt;.</source>
        <translation>Esperando a que inicie sesión en su navegador. Si no se abrió ningún navegador, &lt;a href=&quot;%1&quot;&gt;abra la página de inicio de sesión&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Signed in with %1.</source>
        <translation>Sesión iniciada con %1.</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Iniciar sesión con %1</translation>
    </message>
    <message>
        <source>Finishing the sign-in…</source>
        <translation>Terminando el inicio de sesión…</translation>
    </message>
</context>
<context>
    <name>OAuthTokenClient</name>
    <message>
        <source>The sign-in service could not be reached: %1</source>
        <translation>No se pudo contactar con el servicio de inicio de sesión: %1</translation>
    </message>
    <message>
        <source>The sign-in service gave an unusable answer (HTTP %1, %2 bytes).</source>
        <translation>El servicio de inicio de sesión dio una respuesta inutilizable (HTTP %1, %2 bytes).</translation>
    </message>
</context>
<context>
    <name>OAuthTokenManager</name>
    <message>
        <source>Not signed in: sign in to this account.</source>
        <translation>Sin sesión iniciada: inicie sesión en esta cuenta.</translation>
    </message>
    <message>
        <source>Not signed in: no sign-in is saved for this account.</source>
        <translation>Sin sesión iniciada: no hay ningún inicio de sesión guardado para esta cuenta.</translation>
    </message>
    <message>
        <source>Sign in again; the sign-in is kept in memory for this session only.</source>
        <translation>Inicie sesión de nuevo; el inicio de sesión se mantiene en memoria solo durante esta sesión.</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n second(s).</source>
        <translation>
            <numerusform>Se reintentará en %n segundo.</numerusform>
            <numerusform>Se reintentará en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in is kept in memory for this session only; you will have to sign in again after a restart.</source>
        <translation>El inicio de sesión se mantiene en memoria solo durante esta sesión; tendrá que volver a iniciar sesión tras reiniciar.</translation>
    </message>
</context>
<context>
    <name>PasswordCommand</name>
    <message>
        <source>The password command &quot;%1&quot; could not be started: %2</source>
        <translation>No se pudo iniciar la orden de contraseña &quot;%1&quot;: %2</translation>
    </message>
    <message numerus="yes">
        <source>The password command &quot;%1&quot; did not finish within %n second(s).</source>
        <translation>
            <numerusform>La orden de contraseña &quot;%1&quot; no terminó en %n segundo.</numerusform>
            <numerusform>La orden de contraseña &quot;%1&quot; no terminó en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password command &quot;%1&quot; printed more than %2 bytes.</source>
        <translation>La orden de contraseña &quot;%1&quot; mostró más de %2 bytes.</translation>
    </message>
    <message>
        <source>The password command &quot;%1&quot; crashed.</source>
        <translation>La orden de contraseña &quot;%1&quot; se cerró inesperadamente.</translation>
    </message>
    <message>
        <source>The password command &quot;%1&quot; failed with exit code %2.</source>
        <translation>La orden de contraseña &quot;%1&quot; terminó con el código de salida %2.</translation>
    </message>
    <message>
        <source>The password command &quot;%1&quot; printed no password.</source>
        <translation>La orden de contraseña &quot;%1&quot; no mostró ninguna contraseña.</translation>
    </message>
    <message>
        <source>The password command is empty.</source>
        <translation>La orden de contraseña está vacía.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>&amp;Remember in the keyring</source>
        <translation>&amp;Recordarla en el depósito de claves</translation>
    </message>
    <message>
        <source>&amp;Ask for it at each start (kept in memory only)</source>
        <translation>&amp;Pedirla en cada inicio (solo se mantiene en memoria)</translation>
    </message>
    <message>
        <source>Use a password &amp;command instead</source>
        <translation>Usar una &amp;orden de contraseña en su lugar</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Contraseña de %1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>A password command is a program that prints the password, for example &quot;pass show mail/work&quot; or &quot;secret-tool lookup mail work&quot;. Mailbell runs it at each start. Set it in the account&apos;s settings.</source>
        <translation>Una orden de contraseña es un programa que muestra la contraseña, por ejemplo &quot;pass show mail/work&quot; o &quot;secret-tool lookup mail work&quot;. Mailbell la ejecuta en cada inicio. Configúrela en los ajustes de la cuenta.</translation>
    </message>
    <message>
        <source>Mailbell needs the password of the account &quot;%1&quot;.</source>
        <translation>Mailbell necesita la contraseña de la cuenta &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>&amp;Acceder</translation>
    </message>
    <message>
        <source>No keyring (Secret Service, such as GNOME Keyring or KWallet) is available, so Mailbell cannot save this password. It never writes passwords to a file. Choose how to log in:</source>
        <translation>No hay ningún depósito de claves (Secret Service, como GNOME Keyring o KWallet) disponible, así que Mailbell no puede guardar esta contraseña. Nunca escribe contraseñas en un archivo. Elija cómo iniciar sesión:</translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation>Abrir Abrir la &amp;configuración…configuración…</translation>
    </message>
</context>
<context>
    <name>ProviderTable</name>
    <message>
        <source>Sign in with Google in your browser, or use an app password; your normal Google password will not work.</source>
        <translation>Inicie sesión con Google en su navegador o use una contraseña de aplicación; su contraseña normal de Google no funcionará.</translation>
    </message>
    <message>
        <source>Gmail needs an app password here: turn on 2-Step Verification in your Google Account, create an app password, and type it as the password.</source>
        <translation>Gmail necesita aquí una contraseña de aplicación: active la verificación en dos pasos en su cuenta de Google, cree una contraseña de aplicación y escríbala como contraseña.</translation>
    </message>
    <message>
        <source>Yahoo needs an app password: Account Info, Account Security, Generate app password.</source>
        <translation>Yahoo necesita una contraseña de aplicación: Información de la cuenta, Seguridad de la cuenta, Generar contraseña de aplicación.</translation>
    </message>
    <message>
        <source>AOL needs an app password: Account Info, Account Security, Generate app password.</source>
        <translation>AOL necesita una contraseña de aplicación: Información de la cuenta, Seguridad de la cuenta, Generar contraseña de aplicación.</translation>
    </message>
    <message>
        <source>iCloud needs an app-specific password (appleid.apple.com, Sign-In and Security); the user name is the part of your address before the @.</source>
        <translation>iCloud necesita una contraseña específica de aplicación (appleid.apple.com, Inicio de sesión y seguridad); el nombre de usuario es la parte de su dirección anterior a la @.</translation>
    </message>
    <message>
        <source>Fastmail needs an app password: Settings, Privacy &amp; Security, Integrations, App passwords.</source>
        <translation>Fastmail necesita una contraseña de aplicación: Settings, Privacy &amp; Security, Integrations, App passwords.</translation>
    </message>
    <message>
        <source>Turn on IMAP access first: GMX settings, POP3/IMAP, &quot;Allow access via POP3 and IMAP&quot;.</source>
        <translation>Active primero el acceso IMAP: configuración de GMX, POP3/IMAP, &quot;Allow access via POP3 and IMAP&quot;.</translation>
    </message>
    <message>
        <source>Turn on IMAP access first: WEB.DE settings, POP3/IMAP, &quot;Allow access via POP3 and IMAP&quot;.</source>
        <translation>Active primero el acceso IMAP: configuración de WEB.DE, POP3/IMAP, &quot;Allow access via POP3 and IMAP&quot;.</translation>
    </message>
    <message>
        <source>Turn on IMAP access in Zoho Mail&apos;s settings; with two-factor sign-in, use an app-specific password.</source>
        <translation>Active el acceso IMAP en la configuración de Zoho Mail; con el inicio de sesión en dos pasos, use una contraseña específica de aplicación.</translation>
    </message>
    <message>
        <source>Allow IMAP in Yandex Mail&apos;s settings (Email clients) and use an app password.</source>
        <translation>Permita IMAP en la configuración de Yandex Mail (Clientes de correo) y use una contraseña de aplicación.</translation>
    </message>
    <message>
        <source>Mail.ru needs a password for external apps.</source>
        <translation>Mail.ru necesita una contraseña para aplicaciones externas.</translation>
    </message>
    <message>
        <source>Outlook.com and Microsoft 365 accept only Microsoft sign-in over IMAP, which needs an OAuth client ID: type yours in “OAuth client ID” under Server.</source>
        <translation>Outlook.com y Microsoft 365 solo aceptan el inicio de sesión de Microsoft por IMAP, que necesita un ID de cliente OAuth: escriba el suyo en “ID de cliente OAuth”, en Servidor.</translation>
    </message>
    <message>
        <source>Use your email password (set in the Telekom E-Mail Center), not your Telekom login password.</source>
        <translation>Use su contraseña de correo electrónico (definida en el Telekom E-Mail Center), no la contraseña de inicio de sesión de Telekom.</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Muestra ayuda sobre las opciones de la línea de órdenes.</translation>
    </message>
</context>
<context>
    <name>RecentMessagesModel</name>
    <message>
        <source>%1, from %2: %3</source>
        <translation>%1, de %2: %3</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>No leído</translation>
    </message>
    <message>
        <source>The recent-messages list %1 could not be read (%2); starting with an empty list.</source>
        <translation>No se pudo leer la lista de mensajes recientes %1 (%2); se empieza con una lista vacía.</translation>
    </message>
    <message>
        <source>%1; starting with an empty recent-messages list.</source>
        <extracomment>%1 says what the path is instead, e.g. &quot;/x is a folder, not a regular file&quot;</extracomment>
        <translation>%1; se empieza con una lista de mensajes recientes vacía.</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>el archivo es demasiado grande</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>no es JSON válido en el byte %1: %2</translation>
    </message>
    <message>
        <source>not a Mailbell recent-messages file of a known version</source>
        <translation>no es un archivo de mensajes recientes de Mailbell de una versión conocida</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable entries in the recent-messages list %1 were dropped.</source>
        <translation>
            <numerusform>Se descartó %n entrada ilegible de la lista de mensajes recientes %1.</numerusform>
            <numerusform>Se descartaron %n entradas ilegibles de la lista de mensajes recientes %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The recent-messages list could not be saved: %1.</source>
        <translation>No se pudo guardar la lista de mensajes recientes: %1.</translation>
    </message>
    <message>
        <source>The recent-messages list could not be saved to %1: %2</source>
        <translation>No se pudo guardar la lista de mensajes recientes en %1: %2</translation>
    </message>
</context>
<context>
    <name>RecentMessagesWindow</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>No system tray found, so Mailbell lives in this window: closing it quits Mailbell. On GNOME, the “AppIndicator and KStatusNotifierItem Support” extension adds a tray.</source>
        <translation>No se encontró ninguna bandeja del sistema, así que Mailbell vive en esta ventana: al cerrarla se cierra Mailbell. En GNOME, la extensión “AppIndicator and KStatusNotifierItem Support” añade una bandeja.</translation>
    </message>
    <message>
        <source>Filter by sender, subject or text (Ctrl+F)</source>
        <translation>Filtrar por remitente, asunto o texto (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation>Filtrar mensajes</translation>
    </message>
    <message>
        <source>Recent messages</source>
        <translation>Mensajes recientes</translation>
    </message>
    <message>
        <source>No account yet.

Add your mail account and Mailbell tells you the moment new mail arrives.</source>
        <translation>Aún no hay ninguna cuenta.

Añada su cuenta de correo y Mailbell le avisará en cuanto llegue correo nuevo.</translation>
    </message>
    <message>
        <source>&amp;Add an account…</source>
        <translation>&amp;Añadir una cuenta…</translation>
    </message>
    <message>
        <source>Undo the delete (Ctrl+Z)</source>
        <translation>Deshacer la eliminación (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Mailbell</source>
        <translation>&amp;Mailbell</translation>
    </message>
    <message>
        <source>Mailbell (no system tray found)</source>
        <translation>Mailbell (no se encontró la bandeja del sistema)</translation>
    </message>
    <message>
        <source>Recent messages — Mailbell</source>
        <translation>Mensajes recientes — Mailbell</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Mark as &amp;read</source>
        <translation>Marcar como &amp;leído</translation>
    </message>
    <message>
        <source>Mark as &amp;unread</source>
        <translation>Marcar como &amp;no leído</translation>
    </message>
    <message>
        <source>Un&amp;flag</source>
        <translation>Quitar &amp;destacado</translation>
    </message>
    <message>
        <source>&amp;Flag</source>
        <translation>&amp;Destacar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>No new mail yet.

Unread mail and messages that arrive while Mailbell is running appear here.</source>
        <translation>Aún no hay correo nuevo.

Aquí aparecen el correo sin leer y los mensajes que llegan mientras Mailbell está en funcionamiento.</translation>
    </message>
    <message>
        <source>No message matches “%1”.</source>
        <translation>Ningún mensaje coincide con “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>↑ %n new message(s) when the pointer leaves the list</source>
        <translation>
            <numerusform>↑ %n mensaje nuevo cuando el puntero salga de la lista</numerusform>
            <numerusform>↑ %n mensajes nuevos cuando el puntero salga de la lista</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 moved to %2.</source>
        <translation>%1 se movió a %2.</translation>
    </message>
    <message>
        <source>Mailbell does not know yet whether %1 has a Trash folder. If it has none, the message cannot be recovered.</source>
        <translation>Mailbell aún no sabe si %1 tiene una carpeta Papelera. Si no la tiene, el mensaje no se podrá recuperar.</translation>
    </message>
    <message>
        <source>%1 has no Trash folder, so the message cannot be recovered.</source>
        <translation>%1 no tiene carpeta Papelera, así que el mensaje no se podrá recuperar.</translation>
    </message>
    <message>
        <source>The message is already in %1; deleting it here cannot be undone.</source>
        <translation>El mensaje ya está en %1; eliminarlo aquí no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete permanently? — Mailbell</source>
        <translation>¿Eliminar definitivamente? — Mailbell</translation>
    </message>
    <message>
        <source>Delete %1 permanently?</source>
        <translation>¿Eliminar %1 definitivamente?</translation>
    </message>
    <message>
        <source>&amp;Delete Permanently</source>
        <translation>&amp;Eliminar definitivamente</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Mailbell Settings</source>
        <translation>Configuración de Mailbell</translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation>&amp;Cuentas</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notificaciones</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>Ap&amp;licar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The keyring did not save the password of &quot;%1&quot;: %2
Mailbell uses it until it quits. To keep it elsewhere choose &quot;asked at each start&quot; or a password command.</source>
        <translation>El depósito de claves no guardó la contraseña de &quot;%1&quot;: %2
Mailbell la usará hasta que se cierre. Para guardarla en otro sitio, elija &quot;pedida en cada inicio&quot; o una orden de contraseña.</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>debe ser un número del %1 al %2</translation>
    </message>
    <message>
        <source>%1:%2: [%3] %4 = &quot;%5&quot;: %6; the default is used</source>
        <translation>%1:%2: [%3] %4 = &quot;%5&quot;: %6; se usa el valor predeterminado</translation>
    </message>
    <message>
        <source>must be a time range such as 22:00-07:00</source>
        <translation>debe ser un intervalo horario como 22:00-07:00</translation>
    </message>
    <message>
        <source>must be days such as mon, tue, wed, thu, fri</source>
        <translation>deben ser días como mon, tue, wed, thu, fri</translation>
    </message>
    <message>
        <source>must be email addresses separated by commas</source>
        <translation>deben ser direcciones de correo electrónico separadas por comas</translation>
    </message>
    <message>
        <source>must be account/folder pairs such as work/Lists/Qt</source>
        <translation>deben ser pares cuenta/carpeta como trabajo/Listas/Qt</translation>
    </message>
    <message>
        <source>must be a language code such as de or pt_BR, or empty for the system&apos;s language</source>
        <translation>debe ser un código de idioma como de o pt_BR, o estar vacío para usar el idioma del sistema</translation>
    </message>
    <message>
        <source>%1 is a folder, not a settings file; all settings keep their defaults</source>
        <translation>%1 es una carpeta, no un archivo de configuración; todas las opciones conservan sus valores predeterminados</translation>
    </message>
    <message>
        <source>%1: cannot read the settings file: %2; all settings keep their defaults</source>
        <translation>%1: no se puede leer el archivo de configuración: %2; todas las opciones conservan sus valores predeterminados</translation>
    </message>
    <message>
        <source>%1; all settings keep their defaults</source>
        <extracomment>%1 says what the path is instead, e.g. &quot;/x is a folder, not a regular file&quot;</extracomment>
        <translation>%1; todas las opciones conservan sus valores predeterminados</translation>
    </message>
    <message>
        <source>%1: the settings file is larger than %2 bytes; is it the right file? All settings keep their defaults</source>
        <translation>%1: el archivo de configuración ocupa más de %2 bytes; ¿es el archivo correcto? Todas las opciones conservan sus valores predeterminados</translation>
    </message>
    <message>
        <source>%1: the line holds a NUL byte and is ignored</source>
        <translation>%1: la línea contiene un byte NUL y se ignora</translation>
    </message>
    <message>
        <source>%1: the line is not valid UTF-8 and is ignored</source>
        <translation>%1: la línea no es UTF-8 válido y se ignora</translation>
    </message>
    <message>
        <source>%1: a group header must look like [notifications], not &quot;%2&quot;; the lines up to the next group are ignored</source>
        <translation>%1: una cabecera de grupo debe tener la forma [notifications], no &quot;%2&quot;; se ignoran las líneas hasta el siguiente grupo</translation>
    </message>
    <message>
        <source>%1: unknown group [%2] is ignored</source>
        <translation>%1: se ignora el grupo desconocido [%2]</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a &quot;key = value&quot; line and is ignored</source>
        <translation>%1: &quot;%2&quot; no es una línea &quot;clave = valor&quot; y se ignora</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; outside [notifications] is ignored</source>
        <translation>%1: se ignora la clave &quot;%2&quot;, que está fuera de [notifications]</translation>
    </message>
    <message>
        <source>%1: [%2] unknown key &quot;%3&quot; is ignored</source>
        <translation>%1: [%2] se ignora la clave desconocida &quot;%3&quot;</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>%1 has no account &quot;%2&quot; to change.</source>
        <translation>%1 no tiene ninguna cuenta &quot;%2&quot; que modificar.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more like these</source>
        <translation>
            <numerusform>… y %n más como este</numerusform>
            <numerusform>… y %n más como estos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsWriter</name>
    <message>
        <source>Cannot save %1: it is a folder, not a file.</source>
        <translation>No se puede guardar %1: es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>Cannot save %1: cannot read it first: %2</source>
        <translation>No se puede guardar %1: no se puede leer antes: %2</translation>
    </message>
    <message>
        <source>Cannot save: %1.</source>
        <translation>No se puede guardar: %1.</translation>
    </message>
    <message>
        <source>Cannot save %1: it is larger than %2 bytes.</source>
        <translation>No se puede guardar %1: ocupa más de %2 bytes.</translation>
    </message>
    <message>
        <source>[%1] %2 cannot be stored as &quot;%3&quot;; it would read back as &quot;%4&quot;.</source>
        <translation>[%1] %2 no se puede guardar como &quot;%3&quot;; se volvería a leer como &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>[%1] %2 must be one line.</source>
        <translation>[%1] %2 debe ser una sola línea.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Another Mailbell is running but does not answer (%1).</source>
        <translation>Hay otro Mailbell en ejecución, pero no responde (%1).</translation>
    </message>
    <message>
        <source>Could not listen on %1: %2</source>
        <translation>No se pudo escuchar en %1: %2</translation>
    </message>
</context>
<context>
    <name>SrvDiscovery</name>
    <message>
        <source>DNS SRV %1: no answer within %2 seconds</source>
        <translation>DNS SRV %1: sin respuesta en %2 segundos</translation>
    </message>
    <message>
        <source>DNS SRV %1: no record</source>
        <translation>DNS SRV %1: ningún registro</translation>
    </message>
    <message>
        <source>DNS SRV %1: %2</source>
        <translation>DNS SRV %1: %2</translation>
    </message>
    <message>
        <source>DNS SRV %1: the domain says it offers no such service</source>
        <translation>DNS SRV %1: el dominio indica que no ofrece ese servicio</translation>
    </message>
    <message>
        <source>DNS SRV record %1</source>
        <translation>Registro DNS SRV %1</translation>
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
        <translation>mailbell %1: argumento inesperado &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>TrayApplication</name>
    <message>
        <source>Password for %1</source>
        <translation>Contraseña de %1</translation>
    </message>
    <message>
        <source>Problems in the settings file</source>
        <translation>Problemas en el archivo de configuración</translation>
    </message>
    <message>
        <source>Problems in the accounts file</source>
        <translation>Problemas en el archivo de cuentas</translation>
    </message>
    <message>
        <source>The demo did not start</source>
        <translation>La demostración no se inició</translation>
    </message>
    <message>
        <source>Run &quot;mailbell demo&quot; in a terminal to see why.</source>
        <translation>Ejecute &quot;mailbell demo&quot; en una terminal para ver por qué.</translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation>Contraseña no guardada</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Iniciar sesión en %1</translation>
    </message>
    <message>
        <source>Could not change a message in %1</source>
        <translation>No se pudo modificar un mensaje en %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Could not open the mail client</source>
        <translation>No se pudo abrir el cliente de correo</translation>
    </message>
    <message>
        <source>Checked at %1: %2</source>
        <translation>Comprobado a las %1: %2</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>&amp;Add an account…</source>
        <translation>&amp;Añadir una cuenta…</translation>
    </message>
    <message>
        <source>No new mail</source>
        <translation>No hay correo nuevo</translation>
    </message>
    <message>
        <source>&amp;Recent messages…</source>
        <translation>Mensajes &amp;recientes…</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Comprobar ahora</translation>
    </message>
    <message>
        <source>&amp;Mark all as read</source>
        <translation>&amp;Marcar todo como leído</translation>
    </message>
    <message>
        <source>&amp;Pause notifications</source>
        <translation>&amp;Pausar notificaciones</translation>
    </message>
    <message>
        <source>For 1 &amp;hour</source>
        <translation>Durante 1 &amp;hora</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow</source>
        <translation>Hasta &amp;mañana</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow, %1</source>
        <translation>Hasta &amp;mañana, %1</translation>
    </message>
    <message>
        <source>Until I &amp;resume them</source>
        <translation>Hasta que las &amp;reanude</translation>
    </message>
    <message>
        <source>Resume &amp;notifications</source>
        <translation>Reanudar &amp;notificaciones</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
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
        <translation>Aún no hay ninguna cuenta</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Resume &amp;notifications (paused until %1)</source>
        <translation>Reanudar &amp;notificaciones (en pausa hasta %1)</translation>
    </message>
    <message>
        <source>Mailbell: no account yet
Add one from this icon&apos;s menu.</source>
        <translation>Mailbell: aún no hay ninguna cuenta
Añada una desde el menú de este icono.</translation>
    </message>
    <message numerus="yes">
        <source>Mailbell: %n unread</source>
        <translation>
            <numerusform>Mailbell: %n sin leer</numerusform>
            <numerusform>Mailbell: %n sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailbell: no unread mail</source>
        <translation>Mailbell: no hay correo sin leer</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n sin leer</numerusform>
            <numerusform>%n sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>aún sin comprobar</translation>
    </message>
    <message>
        <source>Notifications paused until %1</source>
        <translation>Notificaciones en pausa hasta %1</translation>
    </message>
    <message>
        <source>Notifications paused</source>
        <translation>Notificaciones en pausa</translation>
    </message>
    <message>
        <source>Checking for new mail…</source>
        <translation>Comprobando si hay correo nuevo…</translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <source>mailbell watch: the servers did not answer LOGOUT in time; exiting.</source>
        <translation>mailbell watch: los servidores no respondieron a tiempo a LOGOUT; saliendo.</translation>
    </message>
    <message>
        <source>Watches the accounts of the accounts file (or those named with --account, or one account given with --host, --user and --password-command) and prints each event: new mail, removed mail, flag and count changes, connection states and errors. Runs until interrupted (Ctrl+C or SIGTERM), then logs out and exits 0.</source>
        <translation>Vigila las cuentas del archivo de cuentas (o las indicadas con --account, o una cuenta indicada con --host, --user y --password-command) y muestra cada evento: correo nuevo, correo eliminado, cambios de indicadores y de recuentos, estados de la conexión y errores. Se ejecuta hasta que se interrumpe (Ctrl+C o SIGTERM); entonces cierra la sesión y termina con 0.</translation>
    </message>
    <message>
        <source>Print one JSON object per line (events &quot;ready&quot;, &quot;new&quot;, &quot;expunged&quot;, &quot;flags&quot;, &quot;count&quot;, &quot;state&quot;, &quot;error&quot;); nothing else goes to standard output.</source>
        <translation>Mostrar un objeto JSON por línea (eventos &quot;ready&quot;, &quot;new&quot;, &quot;expunged&quot;, &quot;flags&quot;, &quot;count&quot;, &quot;state&quot;, &quot;error&quot;); no se envía nada más a la salida estándar.</translation>
    </message>
    <message>
        <source>Run this program for each new message, without a shell; the message&apos;s fields are in the environment variables MAILBELL_ACCOUNT, MAILBELL_FOLDER, MAILBELL_UID, MAILBELL_UIDVALIDITY, MAILBELL_FROM, MAILBELL_FROM_ADDRESS, MAILBELL_SUBJECT, MAILBELL_PREVIEW, MAILBELL_DATE and MAILBELL_MESSAGE_ID.</source>
        <translation>Ejecutar este programa para cada mensaje nuevo, sin shell; los campos del mensaje están en las variables de entorno MAILBELL_ACCOUNT, MAILBELL_FOLDER, MAILBELL_UID, MAILBELL_UIDVALIDITY, MAILBELL_FROM, MAILBELL_FROM_ADDRESS, MAILBELL_SUBJECT, MAILBELL_PREVIEW, MAILBELL_DATE y MAILBELL_MESSAGE_ID.</translation>
    </message>
    <message>
        <source>command</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;command&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation>command</translation>
    </message>
    <message>
        <source>File that remembers which messages were announced (default %1). /dev/null remembers nothing: each start announces only mail that arrives while it runs.</source>
        <translation>Archivo que recuerda qué mensajes se anunciaron (predeterminado: %1). /dev/null no recuerda nada: cada inicio anuncia solo el correo que llega mientras se ejecuta.</translation>
    </message>
    <message>
        <source>file</source>
        <extracomment>placeholder for the option&apos;s value, shown in --help as &lt;file&gt;; texts that mention one write it the same way (&quot;--account &lt;name&gt;&quot;, &quot;&lt;file&gt;.1&quot;)</extracomment>
        <translation>file</translation>
    </message>
    <message>
        <source>mailbell watch: --state needs a file name.</source>
        <translation>mailbell watch: --state necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>mailbell watch: %1</source>
        <translation>mailbell watch: %1</translation>
    </message>
    <message>
        <source>mailbell watch: cannot handle SIGINT / SIGTERM: %1</source>
        <translation>mailbell watch: no se pueden gestionar SIGINT / SIGTERM: %1</translation>
    </message>
    <message>
        <source>mailbell watch: cannot create the folder %1 for the state file.</source>
        <translation>mailbell watch: no se puede crear la carpeta %1 para el archivo de estado.</translation>
    </message>
    <message>
        <source>mailbell watch: no account got a password; nothing to watch.</source>
        <translation>mailbell watch: ninguna cuenta obtuvo una contraseña; no hay nada que vigilar.</translation>
    </message>
    <message>
        <source>The account&apos;s oauth-provider &quot;%1&quot; is not known.</source>
        <translation>No se conoce el oauth-provider &quot;%1&quot; de la cuenta.</translation>
    </message>
    <message>
        <source>%1 Sign in once in the tray app (run mailbell, Settings); watch then uses the sign-in saved in the keyring.</source>
        <extracomment>%1 is why a sign-in is needed, one or more whole sentences</extracomment>
        <translation>%1 Inicie sesión una vez en la aplicación de bandeja (ejecute mailbell, Configuración); después, watch usará el inicio de sesión guardado en el depósito de claves.</translation>
    </message>
    <message>
        <source>mailbell watch: [%1] %2</source>
        <translation>mailbell watch: [%1] %2</translation>
    </message>
    <message numerus="yes">
        <source>mailbell watch: [%1] the password was rejected or is missing; running the password command again in %n second(s).</source>
        <translation>
            <numerusform>mailbell watch: [%1] la contraseña se rechazó o falta; se volverá a ejecutar la orden de contraseña en %n segundo.</numerusform>
            <numerusform>mailbell watch: [%1] la contraseña se rechazó o falta; se volverá a ejecutar la orden de contraseña en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>mailbell watch: --state: %1; give --state a file name, or --state /dev/null to remember nothing.</source>
        <extracomment>%1 says what the path is instead, e.g. &quot;/x is a folder, not a regular file&quot;</extracomment>
        <translation>mailbell watch: --state: %1; indique un nombre de archivo a --state, o --state /dev/null para no recordar nada.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Mailbell tells you the moment new mail arrives.</source>
        <translation>Mailbell le avisa en cuanto llega correo nuevo.</translation>
    </message>
    <message>
        <source>Optional subcommand:
  check  print unseen counts per folder and exit 0 (none), 1 (some) or 2 (error); see &apos;mailbell check --help&apos;
  watch  print new mail and other events as they happen (--json for one JSON object per line); see &apos;mailbell watch --help&apos;
  demo   try Mailbell on a private demo mail server that receives a sample message every few seconds; see &apos;mailbell demo --help&apos;
Without a subcommand the tray app starts.</source>
        <translation>Suborden opcional:
  check  muestra los mensajes no vistos por carpeta y termina con 0 (ninguno), 1 (alguno) o 2 (error); consulte &apos;mailbell check --help&apos;
  watch  muestra el correo nuevo y otros eventos a medida que ocurren (--json para un objeto JSON por línea); consulte &apos;mailbell watch --help&apos;
  demo   prueba Mailbell en un servidor de correo de demostración privado que recibe un mensaje de muestra cada pocos segundos; consulte &apos;mailbell demo --help&apos;
Sin suborden se inicia la aplicación de bandeja.</translation>
    </message>
    <message>
        <source>mailbell: unknown command &quot;%1&quot;; try &apos;mailbell --help&apos;.
</source>
        <translation>mailbell: orden desconocida &quot;%1&quot;; pruebe &apos;mailbell --help&apos;.
</translation>
    </message>
    <message>
        <source>mailbell: no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so the tray app cannot start.
In a terminal use &apos;mailbell watch&apos; or &apos;mailbell check&apos;; see &apos;mailbell --help&apos;.
</source>
        <translation>mailbell: no hay pantalla (no está definida ni DISPLAY ni WAYLAND_DISPLAY), así que la aplicación de bandeja no puede iniciarse.
En una terminal, use &apos;mailbell watch&apos; o &apos;mailbell check&apos;; consulte &apos;mailbell --help&apos;.
</translation>
    </message>
    <message>
        <source>mailbell: cannot handle SIGINT / SIGTERM: %1
</source>
        <translation>mailbell: no se pueden gestionar SIGINT / SIGTERM: %1
</translation>
    </message>
    <message>
        <source>mailbell: --check-now and --settings take no other option or argument; try &apos;mailbell --help&apos;.
</source>
        <translation>mailbell: --check-now y --settings no admiten otras opciones ni argumentos; pruebe &apos;mailbell --help&apos;.
</translation>
    </message>
</context>
</TS>
