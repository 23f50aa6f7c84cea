<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccountCheck</name>
    <message>
        <location filename="../composer/services/account_check.py" line="+69"/>
        <source>nothing to test: the account has neither LWA credentials nor an SMTP server</source>
        <translation>nada que probar: la cuenta no tiene credenciales de LWA ni servidor SMTP</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not set up (no LWA credentials)</source>
        <translation>sin configurar (no hay credenciales de LWA)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not tried: a secret is missing</source>
        <translation>no se ha probado: falta un secreto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not set up (no SMTP server)</source>
        <translation>sin configurar (no hay servidor SMTP)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not tried: the SMTP password is missing</source>
        <translation>no se ha probado: falta la contraseña SMTP</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no sender address: e-mail cannot be sent without one</source>
        <translation>no hay dirección de remitente: sin ella no se puede enviar correo electrónico</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+7"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="-5"/>
        <source>{keyring} holds no {secrets} for this account</source>
        <extracomment>{keyring} is the keyring&apos;s name (&quot;Windows Credential Manager&quot;), {secrets} a list.</extracomment>
        <translation>{keyring} no contiene {secrets} para esta cuenta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{keyring} holds {secrets}</source>
        <translation>{keyring} contiene {secrets}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{address} gave an access token</source>
        <translation>{address} ha devuelto un token de acceso</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../composer/ui/accounts_dialog.py" line="+186"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Marketplace:</source>
        <translation>&amp;Marketplace:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region:</source>
        <translation>Región:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>LWA client &amp;ID:</source>
        <translation>&amp;ID de cliente de LWA:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWA client &amp;secret:</source>
        <translation>&amp;Secreto de cliente de LWA:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh token:</source>
        <translation>&amp;Token de actualización:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SMTP ser&amp;ver:</source>
        <translation>Ser&amp;vidor SMTP:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sec&amp;urity:</source>
        <translation>Se&amp;guridad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorised se&amp;nder:</source>
        <translation>&amp;Remitente autorizado:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SP-API &amp;endpoint:</source>
        <translation>&amp;Endpoint de la SP-API:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;LWA endpoint:</source>
        <translation>Endpoint de &amp;LWA:</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+1"/>
        <source>Add a seller account</source>
        <translation>Nueva cuenta de vendedor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Account name</source>
        <translation>Nombre de la cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyring problem</source>
        <translation>Problema con el almacén de credenciales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWA client ID</source>
        <translation>ID de cliente de LWA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWA client secret</source>
        <translation>Secreto de cliente de LWA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh token</source>
        <translation>Token de actualización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP server</source>
        <translation>Servidor SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP port</source>
        <translation>Puerto SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP security</source>
        <translation>Seguridad SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP user</source>
        <translation>Usuario SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP password</source>
        <translation>Contraseña SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorised sender</source>
        <translation>Remitente autorizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoints for testing</source>
        <translation>Endpoints de prueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SP-API endpoint</source>
        <translation>Endpoint de la SP-API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWA endpoint</source>
        <translation>Endpoint de LWA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form problem</source>
        <translation>Problema del formulario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add account</source>
        <translation>Guardar la cuenta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Shop DE</source>
        <translation>p. ej. Tienda ES</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>service@your-shop.com</source>
        <translation>atencion@tu-tienda.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use Amazon&apos;s SP-API sandbox (test calls; nothing reaches a buyer)</source>
        <translation>Usar el sandbox de la SP-API de Amazon (llamadas de prueba; nada llega al comprador)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selling Partner API (Login with Amazon credentials of your app)</source>
        <translation>Selling Partner API (credenciales de Login with Amazon de tu aplicación)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail to the buyer&apos;s Amazon address</source>
        <translation>Correo electrónico a la dirección de Amazon del comprador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usual port</source>
        <translation>puerto habitual</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An address authorised for Buyer-Seller Messaging in Seller Central: Amazon&apos;s relay drops mail from any other</source>
        <translation>Una dirección autorizada para el Servicio de mensajes de Amazon en Seller Central: el reenvío de Amazon descarta el correo de cualquier otra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endpoints for testing (instead of Amazon&apos;s hosts)</source>
        <translation>Endpoints de prueba (en lugar de los servidores de Amazon)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://… (http only to 127.0.0.1)</source>
        <translation>https://… (http solo hacia 127.0.0.1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{problem}
The account can still be added without secrets.</source>
        <translation>{problem}
La cuenta puede guardarse igualmente sin secretos.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account was not added: {error}</source>
        <translation>No se pudo guardar la cuenta: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SP-API needs all three credentials, or none; missing: {secrets}.</source>
        <translation>La SP-API necesita las tres credenciales o ninguna; sin indicar: {secrets}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An SMTP password was given without an SMTP user.</source>
        <translation>Se ha indicado una contraseña SMTP sin usuario SMTP.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An authorised sender needs the SMTP server to send from.</source>
        <translation>Un remitente autorizado necesita el servidor SMTP desde el que enviar.</translation>
    </message>
</context>
<context>
    <name>AccountWords</name>
    <message>
        <location filename="../composer/services/accounts.py" line="+165"/>
        <source>The {what} {url} is not a URL: {reason}</source>
        <extracomment>{what} is &quot;SP-API endpoint&quot; or &quot;LWA endpoint&quot;, {url} the address as typed.</extracomment>
        <translation>El {what} {url} no es una URL válida: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The {what} {url} is not an https:// URL with a host name</source>
        <translation>El {what} {url} no es una URL https:// con nombre de host</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The {what} {url} uses plain http to another machine; use https (plain http is allowed only to this machine: 127.0.0.1, ::1, localhost)</source>
        <translation>El {what} {url} usa http sin cifrar hacia otro equipo; usa https (http sin cifrar solo se permite hacia este equipo: 127.0.0.1, ::1, localhost)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The {what} must not hold a user name or password; secrets go in the keyring</source>
        <translation>El {what} no debe contener un nombre de usuario ni una contraseña; los secretos van en el almacén de credenciales</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The {what} {url} must not have a query or fragment</source>
        <translation>El {what} {url} no debe tener parámetros de consulta (?…) ni fragmento (#…)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The {what} {address} is not an e-mail address</source>
        <extracomment>{what} names the address (&quot;sender&quot;), {address} is the address as typed.</extracomment>
        <translation>El {what} {address} no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sender</source>
        <translation>remitente</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The account name {name} is not usable: 1 to 64 letters, digits, spaces and . _ - @ +, not starting or ending with a space</source>
        <translation>El nombre de cuenta {name} no es válido: de 1 a 64 letras, cifras, espacios y . _ - @ +, sin espacio al principio ni al final</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown region {region}; use NA, EU or FE</source>
        <translation>Región desconocida {region}; usa NA, EU o FE</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Marketplace {code} ({country}) is served by the {region} region, not {account_region}</source>
        <translation>El marketplace {code} ({country}) pertenece a la región {region}, no a {account_region}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SP-API endpoint</source>
        <translation>endpoint de la SP-API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LWA endpoint</source>
        <translation>endpoint de LWA</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown SMTP security {security}; use starttls, ssl or plain</source>
        <translation>Seguridad SMTP desconocida {security}; usa starttls, ssl o plain</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown secret name {key}</source>
        <translation>Nombre de secreto desconocido: {key}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The SMTP host {host} is not a host name</source>
        <translation>El host SMTP {host} no es un nombre de host válido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SMTP settings need the SMTP host</source>
        <translation>La configuración SMTP necesita el host SMTP</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The SMTP port {port} is not between 1 and 65535</source>
        <translation>El puerto SMTP {port} no está entre 1 y 65535</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Plain SMTP (no encryption) to {host} would send the password and the buyer&apos;s message in clear; use starttls or ssl (plain is allowed only to this machine)</source>
        <translation>Con SMTP sin cifrar (plain) hacia {host}, la contraseña y el mensaje para el comprador viajarían sin cifrar; usa starttls o ssl (plain solo se permite hacia este equipo)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The SMTP user name is empty or has a line break</source>
        <translation>El nombre de usuario SMTP está vacío o contiene un salto de línea</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Create a new client secret for the app in Amazon&apos;s Developer Console (Amazon e-mails a notice 90 days ahead) and save it with: {command}</source>
        <extracomment>{command} is the command to type, as it is.</extracomment>
        <translation>Crea un nuevo secreto de cliente para la aplicación en la Developer Console de Amazon (Amazon avisa por correo electrónico con 90 días de antelación) y guárdalo con: {command}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 day ago</source>
        <translation>hace 1 día</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The LWA client secret of account {name} is overdue for rotation: it was saved on {saved}, and Amazon requires a new one every 180 days (due {deadline}, {ago}); SP-API calls fail with an expired secret. {how}</source>
        <extracomment>{ago} is &quot;3 days ago&quot;; {how} says how to rotate the secret.</extracomment>
        <translation>El secreto de cliente de LWA de la cuenta {name} tiene la rotación vencida: se guardó el {saved} y Amazon exige uno nuevo cada 180 días (vencía el {deadline}, {ago}); las llamadas a la SP-API fallan con un secreto caducado. {how}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in 1 day</source>
        <translation>mañana</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n days</source>
        <translation>
            <numerusform>dentro de %n día</numerusform>
            <numerusform>dentro de %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The LWA client secret of account {name} must be rotated by {deadline} ({when}): Amazon requires a new one every 180 days and SP-API calls fail after that day. {how}</source>
        <extracomment>{when} is &quot;today&quot; or &quot;in 3 days&quot;; {how} says how to rotate the secret.</extracomment>
        <translation>El secreto de cliente de LWA de la cuenta {name} debe rotarse a más tardar el {deadline} ({when}): Amazon exige uno nuevo cada 180 días y, después de ese día, las llamadas a la SP-API fallan. {how}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The keyring holds no {secret} for account {name}; save it with: {command}</source>
        <translation>Falta un secreto de la cuenta {name} en el almacén de credenciales ({secret}); guárdalo con: {command}</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+48"/>
        <source>The {secret} is empty</source>
        <translation>Secreto vacío: {secret}</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>An account named {name} exists already</source>
        <translation>Ya existe una cuenta llamada {name}</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Cannot set aside {path}: {reason}</source>
        <translation>No se puede apartar {path}: {reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Another Composer (the window or a command line) is changing the accounts right now; nothing was changed. Try again in a moment.</source>
        <translation>Otra instancia de Composer (la ventana o la línea de comandos) está modificando las cuentas en este momento; no se ha modificado nada. Vuelve a intentarlo dentro de un momento.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The accounts file {path} is damaged ({reason}); Composer has left it as it is and will not change it. Correct it, or move it away to start again (the secrets stay in the keyring).</source>
        <translation>El archivo de cuentas {path} está dañado ({reason}); Composer lo ha dejado tal como está y no lo modificará. Corrígelo o muévelo a otro sitio para empezar de nuevo (los secretos se quedan en el almacén de credenciales).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read the accounts file {path}: {reason}</source>
        <translation>No se puede leer el archivo de cuentas {path}: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not JSON: {problem} at line {line}</source>
        <translation>no es JSON: {problem} en la línea {line}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a Composer accounts file: no {field}</source>
        <translation>no es un archivo de cuentas de Composer: falta {field}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no format version</source>
        <translation>falta la versión del formato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The accounts file {path} was written by a newer Composer (format {version}); update Composer to use it. It was left as it is.</source>
        <translation>El archivo de cuentas {path} lo ha escrito una versión más reciente de Composer (formato {version}); actualiza Composer para usarlo. Se ha dejado tal como está.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{field} is not a list</source>
        <translation>{field} no es una lista</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>account {n}: {reason}</source>
        <translation>cuenta {n}: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>account {n}: the name {name} appears twice</source>
        <translation>cuenta {n}: el nombre {name} aparece dos veces</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+104"/>
        <source>Cannot write the accounts file {path}: {reason}</source>
        <translation>No se puede escribir el archivo de cuentas {path}: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no account {name} (accounts: {names})</source>
        <translation>No existe la cuenta {name} (cuentas: {names})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no account {name} (there are no accounts yet)</source>
        <translation>No existe la cuenta {name} (todavía no hay ninguna cuenta)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown secret {key}; the secrets are: {keys}</source>
        <translation>Secreto desconocido: {key}; los secretos son: {keys}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>missing {field}</source>
        <translation>falta {field}</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../composer/ui/accounts_dialog.py" line="-373"/>
        <source>New LWA client secret…</source>
        <translation>Nuevo secreto de cliente de LWA…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New refresh token…</source>
        <translation>Nuevo token de actualización…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWA client ID…</source>
        <translation>ID de cliente de LWA…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP password…</source>
        <translation>Contraseña SMTP…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LWA client id</source>
        <translation>ID de cliente de LWA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWA client secret</source>
        <translation>secreto de cliente de LWA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refresh token</source>
        <translation>token de actualización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP password</source>
        <translation>contraseña SMTP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The LWA client secret of “{account}” (Developer Console: your app&apos;s new LWA credentials):</source>
        <translation>Secreto de cliente de LWA de «{account}» (Developer Console: las nuevas credenciales de LWA de tu aplicación):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The refresh token of “{account}” (from authorising the app again in Seller Central):</source>
        <translation>Token de actualización de «{account}» (se obtiene al volver a autorizar la aplicación en Seller Central):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The LWA client ID of “{account}”:</source>
        <translation>ID de cliente de LWA de «{account}»:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SMTP password of “{account}”:</source>
        <translation>Contraseña SMTP de «{account}»:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (puerto 587)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (puerto 465)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (only a server on this computer)</source>
        <translation>Ninguna (solo un servidor en este equipo)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Setup</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyring</source>
        <translation>Almacén de credenciales</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+783"/>
        <source>SP-API</source>
        <translation>SP-API</translation>
    </message>
    <message>
        <location line="-782"/>
        <source>Login with Amazon</source>
        <translation>Login with Amazon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove the account “{account}” and delete its secrets from the keyring ({secrets})? Messages already in the outbox stay there; those still waiting cannot be sent without it.</source>
        <translation>¿Quitar la cuenta «{account}» y eliminar sus secretos del almacén de credenciales ({secrets})? Los mensajes que ya están en la bandeja de salida se quedan allí; los que aún esperan no podrán enviarse sin ella.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the account “{account}”? Messages already in the outbox stay there; those still waiting cannot be sent without it.</source>
        <translation>¿Quitar la cuenta «{account}»? Los mensajes que ya están en la bandeja de salida se quedan allí; los que aún esperan no podrán enviarse sin ella.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove account</source>
        <translation>Quitar la cuenta</translation>
    </message>
    <message>
        <location line="+750"/>
        <source>{marketplace} · sandbox</source>
        <translation>{marketplace} · sandbox</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing yet</source>
        <translation>nada todavía</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{secrets} (missing: {missing})</source>
        <translation>{secrets} (sin guardar: {missing})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{result} (Set a secret: {secrets})</source>
        <translation>{result} (Establecer un secreto: {secrets})</translation>
    </message>
</context>
<context>
    <name>AccountsCli</name>
    <message>
        <location filename="../composer/cli_accounts.py" line="+68"/>
        <source>add, list, remove and test seller accounts (secrets in the OS keyring)</source>
        <translation>crear, listar, quitar y probar cuentas de vendedor (secretos en el almacén de credenciales del sistema)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seller accounts for sending: SP-API (region, marketplace, Login with Amazon credentials) and e-mail (SMTP server, authorised sender). Secrets go to the OS keyring only, and are never given as arguments: Composer asks for them on a terminal, or reads name=value lines from standard input. Exit status 0: done; 1: a problem found (a failed test, no keyring, a missing secret); 2: bad usage or an unreadable accounts file.</source>
        <translation>Cuentas de vendedor para enviar: SP-API (región, marketplace, credenciales de Login with Amazon) y correo electrónico (servidor SMTP, remitente autorizado). Los secretos se guardan solo en el almacén de credenciales del sistema y nunca se pasan como argumentos: Composer los pide en el terminal o lee líneas nombre=valor de la entrada estándar. Estado de salida 0: hecho; 1: se ha encontrado un problema (una prueba fallida, no hay almacén de credenciales, falta un secreto); 2: uso incorrecto o archivo de cuentas ilegible.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>keep the accounts file in DIR, as the window&apos;s --data-dir does (default: your user config folder); secrets stay in the keyring either way</source>
        <translation>guardar el archivo de cuentas en DIR, como hace --data-dir en la ventana (predeterminado: tu carpeta de configuración de usuario); los secretos se quedan en el almacén de credenciales en cualquier caso</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>add an account and store its secrets in the keyring</source>
        <translation>crear una cuenta y guardar sus secretos en el almacén de credenciales</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add an account. Secrets asked for (Enter skips): {secrets}. Without a terminal, or with --secrets-stdin, give them on standard input as name=value lines (e.g. lwa_client_secret=...).</source>
        <extracomment>{secrets}: the secrets&apos; names, as typed on standard input (lwa_client_id, …).</extracomment>
        <translation>Crea una cuenta. Secretos que se piden (Intro para omitir): {secrets}. Sin terminal, o con --secrets-stdin, indícalos en la entrada estándar como líneas nombre=valor (p. ej. lwa_client_secret=...).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a name for the account, e.g. shop-de</source>
        <translation>un nombre para la cuenta, p. ej. tienda-es</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the main marketplace: {codes}</source>
        <translation>el marketplace principal: {codes}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the SP-API region (default: the marketplace&apos;s)</source>
        <translation>la región de la SP-API (predeterminada: la del marketplace)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use Amazon&apos;s SP-API sandbox hosts</source>
        <translation>usar los hosts de sandbox de la SP-API de Amazon</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>send SP-API calls here instead of Amazon&apos;s host (https; http only to this machine)</source>
        <translation>enviar las llamadas a la SP-API aquí en lugar de al host de Amazon (https; http solo hacia este equipo)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>exchange tokens here instead of Login with Amazon (https; http only to this machine)</source>
        <translation>intercambiar los tokens aquí en lugar de en Login with Amazon (https; http solo hacia este equipo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the SMTP server for e-mail to buyers</source>
        <translation>el servidor SMTP para el correo electrónico a los compradores</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>default: 587, 465 for ssl, 25 for plain</source>
        <translation>predeterminado: 587; 465 con ssl; 25 con plain</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>starttls (default), ssl, or plain (only to this machine)</source>
        <translation>starttls (predeterminado), ssl o plain (solo hacia este equipo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the SMTP login name</source>
        <translation>el nombre de usuario SMTP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the From address: one authorised for Buyer-Seller Messaging in Seller Central</source>
        <translation>la dirección del remitente (From): una autorizada para el Servicio de mensajes de Amazon en Seller Central</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>list the accounts (never a secret)</source>
        <translation>listar las cuentas (sin mostrar nunca un secreto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the accounts: settings, which secrets the keyring holds (never their values), and client-secret rotation reminders.</source>
        <translation>Lista las cuentas: su configuración, qué secretos contiene el almacén de credenciales (nunca sus valores) y los recordatorios de rotación del secreto de cliente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>remove an account and its secrets</source>
        <translation>quitar una cuenta y sus secretos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove an account and delete its secrets from the keyring.</source>
        <translation>Quita una cuenta y elimina sus secretos del almacén de credenciales.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>check the keyring, Login with Amazon and the SMTP login</source>
        <translation>comprobar el almacén de credenciales, Login with Amazon y el inicio de sesión SMTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the keyring holds each secret the account needs, that Login with Amazon exchanges its refresh token for an access token, and that the SMTP server accepts its login. Nothing is sent to a buyer.</source>
        <translation>Comprueba que el almacén de credenciales contiene todos los secretos que necesita la cuenta, que Login with Amazon cambia su token de actualización por un token de acceso y que el servidor SMTP acepta su inicio de sesión. No se envía nada a ningún comprador.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>per connection</source>
        <translation>por conexión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>store or replace one secret (e.g. a rotated LWA client secret)</source>
        <translation>guardar o sustituir un secreto (p. ej. un nuevo secreto de cliente de LWA tras la rotación)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store or replace one secret of an account: {secrets}. Asked for on a terminal; otherwise read from standard input (the value alone, or name=value). Saving lwa_client_secret restarts its 180-day rotation reminder.</source>
        <extracomment>{secrets}: the secrets&apos; names, as typed on the command line (lwa_client_id, …).</extracomment>
        <translation>Guarda o sustituye un secreto de una cuenta: {secrets}. Se pide en el terminal; si no, se lee de la entrada estándar (solo el valor, o nombre=valor). Al guardar lwa_client_secret se reinicia su recordatorio de rotación de 180 días.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>read secrets from standard input as name=value lines even on a terminal</source>
        <translation>leer los secretos de la entrada estándar como líneas nombre=valor, incluso en un terminal</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>An account named {account} exists already</source>
        <translation>Ya existe una cuenta llamada {account}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SP-API needs all three of {secrets}, or none; missing: {missing}</source>
        <translation>La SP-API necesita los tres secretos ({secrets}) o ninguno; sin indicar: {missing}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an smtp_password was given, but the account has no --smtp-user</source>
        <translation>se ha indicado smtp_password, pero la cuenta no tiene --smtp-user</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added account {account}: {region}, {marketplace} (Amazon.{domain}), {mode}.</source>
        <translation>Se ha creado la cuenta {account}: {region}, {marketplace} (Amazon.{domain}), {mode}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Secrets in the keyring ({keyring}): {secrets}.</source>
        <translation>Secretos en el almacén de credenciales ({keyring}): {secrets}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No secrets given: add them with composer accounts set-secret.</source>
        <translation>No se ha indicado ningún secreto: guárdalos con composer accounts set-secret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check it with: composer accounts test {account}</source>
        <translation>Compruébala con: composer accounts test {account}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{label} ({key}; Enter to skip): </source>
        <translation>{label} ({key}; Intro para omitir): </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{label} ({key}): </source>
        <translation>{label} ({key}): </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no {key} given; nothing changed</source>
        <translation>no se ha indicado {key}; no se ha cambiado nada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the {label} of account {account} in the keyring.</source>
        <translation>Se ha guardado en el almacén de credenciales: {label} de la cuenta {account}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon requires the next rotation by {date} (180 days).</source>
        <translation>Amazon exige la próxima rotación a más tardar el {date} (180 días).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No accounts yet; add one with: composer accounts add NAME --marketplace CODE</source>
        <translation>Aún no hay cuentas; crea una con: composer accounts add NAME --marketplace CODE</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>; client secret saved {date}</source>
        <translation>; secreto de cliente guardado el {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SP-API: {url}, LWA {lwa_url} (secrets set: {secrets}{saved})</source>
        <extracomment>{saved} is empty or &quot;; client secret saved {date}&quot;.</extracomment>
        <translation>SP-API: {url}, LWA {lwa_url} (secretos guardados: {secrets}{saved})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SP-API: not set up (no LWA credentials)</source>
        <translation>SP-API: sin configurar (no hay credenciales de LWA)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, user {user}</source>
        <translation>, usuario {user}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, no login</source>
        <translation>, sin inicio de sesión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (secret set: smtp_password)</source>
        <translation> (secreto guardado: smtp_password)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (no smtp_password set)</source>
        <translation> (smtp_password sin guardar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no sender set</source>
        <translation>sin remitente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e-mail: {host}:{port} {security}{login}, from {sender}{password}</source>
        <extracomment>{login} is &quot;, user {user}&quot; or &quot;, no login&quot;; {password} says whether the keyring holds the SMTP password, or is empty.</extracomment>
        <translation>correo electrónico: {host}:{port} {security}{login}, remitente {sender}{password}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e-mail: not set up (no SMTP server)</source>
        <translation>correo electrónico: sin configurar (no hay servidor SMTP)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Removed account {account} and its secrets from the keyring.</source>
        <translation>Se ha quitado la cuenta {account} y se han eliminado sus secretos del almacén de credenciales.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Testing account {account}:</source>
        <translation>Probando la cuenta {account}:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{problem}. Save: {commands}</source>
        <extracomment>{problem}: which secrets are missing; {commands}: the commands to save them.</extracomment>
        <translation>{problem}. Para guardarlos: {commands}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{problem} Save it with: {commands}</source>
        <translation>{problem} Guárdalo con: {commands}</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>standard input, line {line}: not a name=value line (names: {names})</source>
        <translation>entrada estándar, línea {line}: no es una línea nombre=valor (nombres: {names})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>standard input, line {line}: unknown secret {name} (names: {names})</source>
        <translation>entrada estándar, línea {line}: secreto desconocido {name} (nombres: {names})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>standard input, line {line}: {name} given twice</source>
        <translation>entrada estándar, línea {line}: {name} aparece dos veces</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>standard input, line {line}: {name} is empty</source>
        <translation>entrada estándar, línea {line}: {name} está vacío</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>standard input holds %n lines; give the {key} alone</source>
        <translation>
            <numerusform>la entrada estándar contiene %n línea; indica solo el valor de {key}</numerusform>
            <numerusform>la entrada estándar contiene %n líneas; indica solo el valor de {key}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>sandbox</source>
        <comment>SP-API mode of an account</comment>
        <translation>sandbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>production</source>
        <comment>SP-API mode of an account</comment>
        <translation>producción</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>setup</source>
        <comment>a step of accounts test</comment>
        <translation>configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keyring</source>
        <comment>a step of accounts test</comment>
        <translation>almacén de credenciales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SP-API</source>
        <comment>a step of accounts test</comment>
        <translation>SP-API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login with Amazon</source>
        <comment>a step of accounts test</comment>
        <translation>Login with Amazon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <comment>a step of accounts test</comment>
        <translation>correo electrónico</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../composer/ui/accounts_dialog.py" line="-369"/>
        <location line="+2"/>
        <source>Seller accounts</source>
        <translation>Cuentas de vendedor</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Keyring</source>
        <translation>Almacén de credenciales</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up for</source>
        <translation>Configurada para</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secrets in the keyring</source>
        <translation>Secretos guardados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account details</source>
        <translation>Detalles de la cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add…</source>
        <translation>&amp;Nueva…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add account</source>
        <translation>Nueva cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a &amp;secret</source>
        <translation>&amp;Establecer un secreto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a secret</source>
        <translation>Establecer un secreto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secrets</source>
        <translation>Secretos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove account</source>
        <translation>Quitar la cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test account</source>
        <translation>Probar la cuenta</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Checking the keyring…</source>
        <translation>Comprobando el almacén de credenciales…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Secrets are kept in the system keyring ({keyring}), nowhere else.</source>
        <translation>Los secretos se guardan en el almacén de credenciales del sistema ({keyring}) y en ningún otro sitio.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keyring cannot be used: {error}</source>
        <translation>No se puede usar el almacén de credenciales: {error}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Client secret due {date}</source>
        <translation>El secreto de cliente vence el {date}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No seller account yet. Add one to send by the SP-API or by e-mail.</source>
        <translation>Aún no hay ninguna cuenta de vendedor. Configura una para enviar por la SP-API o por correo electrónico.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>SP-API: {sp_api}; Login with Amazon: {lwa}</source>
        <translation>SP-API: {sp_api}; Login with Amazon: {lwa}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SP-API: not set up (no Login with Amazon credentials).</source>
        <translation>SP-API: sin configurar (no hay credenciales de Login with Amazon).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no sender set</source>
        <translation>sin remitente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail: {server} ({security}, user {user}), from {sender}</source>
        <translation>Correo electrónico: {server} ({security}, usuario {user}), desde {sender}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail: {server} ({security}, no login), from {sender}</source>
        <translation>Correo electrónico: {server} ({security}, sin inicio de sesión), desde {sender}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-mail: not set up (no mail server).</source>
        <translation>Correo electrónico: sin configurar (no hay servidor de correo).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{notice}. Here: Set a secret › New LWA client secret…</source>
        <translation>{notice}. Aquí: Establecer un secreto › Nuevo secreto de cliente de LWA…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Testing… (nothing is sent to a buyer)</source>
        <translation>Probando… (no se envía nada a ningún comprador)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The test could not run: {error}</source>
        <translation>No se pudo hacer la prueba: {error}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Saving the {secret}…</source>
        <translation>Guardando el secreto ({secret})…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved: {error}</source>
        <translation>No se ha guardado: {error}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved. The next rotation is due by {date}.</source>
        <translation>Guardado. La próxima rotación debe hacerse antes del {date}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“{account}” was not removed: {error}</source>
        <translation>No se pudo quitar «{account}»: {error}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../composer/app.py" line="+42"/>
        <source>Open the Composer window (composer check … runs the checker instead).</source>
        <translation>Abre la ventana de Composer (composer check … ejecuta la revisión en su lugar).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>open the window on a sample message, print its check and exit</source>
        <translation>abre la ventana con un mensaje de ejemplo, muestra su revisión y sale</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>keep drafts, templates, the dictionary, settings and seller accounts here (default: your user data and config folders; secrets stay in the system keyring)</source>
        <translation>guarda aquí los borradores, las plantillas, el diccionario, la configuración y las cuentas de vendedor (por defecto: tus carpetas de datos y de configuración de usuario; los secretos se quedan en el almacén de credenciales del sistema)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Composer cannot keep drafts: {error}</source>
        <translation>Composer no puede guardar borradores: {error}</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The drafts database cannot be opened: {error}</source>
        <translation>No se puede abrir la base de datos de borradores: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The drafts database cannot be opened: {error}

Set it aside (it is kept, renamed) and start with an empty one?</source>
        <translation>No se puede abrir la base de datos de borradores: {error}

¿Apartarla (se conserva con otro nombre) y empezar con una vacía?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The old database was kept as {path}.</source>
        <translation>La base de datos anterior se ha conservado como {path}.</translation>
    </message>
</context>
<context>
    <name>AttachmentWords</name>
    <message>
        <location filename="../composer/services/attachments.py" line="+80"/>
        <source>{file}: not a file (a folder or a device)</source>
        <translation>{file}: no es un archivo (es una carpeta o un dispositivo)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file}: cannot be read ({reason})</source>
        <translation>{file}: no se puede leer ({reason})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{file}: larger than 10 MB, more than Amazon takes</source>
        <translation>{file}: supera los 10 MB, más de lo que admite Amazon</translation>
    </message>
</context>
<context>
    <name>ChannelPage</name>
    <message>
        <location filename="../composer/ui/preview_dialog.py" line="+39"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SP-API</source>
        <translation>SP-API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seller Central</source>
        <translation>Seller Central</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>E-mail subject</source>
        <translation>Asunto del correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} preview</source>
        <translation>Vista previa: {channel}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} length</source>
        <translation>Longitud: {channel}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this channel removes or changes:</source>
        <translation>Lo que este canal elimina o cambia:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What {channel} removes or changes</source>
        <translation>Lo que {channel} elimina o cambia</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Subject: {subject}</source>
        <translation>Asunto: {subject}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject: (none)</source>
        <translation>Asunto: (ninguno)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(an empty message)</source>
        <translation>(un mensaje vacío)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No text is sent with this message type.</source>
        <translation>Con este tipo de mensaje no se envía texto.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing: the buyer gets the message as shown</source>
        <translation>Nada: el comprador recibe el mensaje tal como se muestra</translation>
    </message>
</context>
<context>
    <name>ChannelPreviewDialog</name>
    <message>
        <location line="+45"/>
        <location line="+1"/>
        <source>Channel preview</source>
        <translation>Vista previa por canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{channel} (chosen)</source>
        <translation>{channel} (elegido)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln character(s) of text; no length limit is known for e-mail</source>
        <translation>
            <numerusform>%Ln carácter de texto; no se conoce ningún límite de longitud para el correo electrónico</numerusform>
            <numerusform>%Ln caracteres de texto; no se conoce ningún límite de longitud para el correo electrónico</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln character(s); no length limit is known for Seller Central&apos;s form</source>
        <translation>
            <numerusform>%Ln carácter; no se conoce ningún límite de longitud para el formulario de Seller Central</numerusform>
            <numerusform>%Ln caracteres; no se conoce ningún límite de longitud para el formulario de Seller Central</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln character(s); the message type “{type}” is unknown, so there is no limit to check</source>
        <translation>
            <numerusform>%Ln carácter; el tipo de mensaje «{type}» es desconocido, así que no hay ningún límite que comprobar</numerusform>
            <numerusform>%Ln caracteres; el tipo de mensaje «{type}» es desconocido, así que no hay ningún límite que comprobar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln character(s); choose a message type to see its limit</source>
        <translation>
            <numerusform>%Ln carácter; elige un tipo de mensaje para ver su límite</numerusform>
            <numerusform>%Ln caracteres; elige un tipo de mensaje para ver su límite</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{type}” takes no text: Amazon writes the request itself</source>
        <translation>«{type}» no admite texto: Amazon redacta la solicitud</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{type}” takes no text: it sends documents only, none of this text</source>
        <translation>«{type}» no admite texto: solo envía documentos, nada de este texto</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{count} / {limit} characters allowed for “{type}”: %Ln over the limit</source>
        <translation>
            <numerusform>{count} / {limit} caracteres permitidos para «{type}»: %Ln carácter de más</numerusform>
            <numerusform>{count} / {limit} caracteres permitidos para «{type}»: %Ln caracteres de más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} / {limit} characters allowed for “{type}”</source>
        <translation>{count} / {limit} caracteres permitidos para «{type}»</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../composer/ui/panel.py" line="+52"/>
        <source>Critical: reaches the buyer even if they opted out</source>
        <translation>Crítico: llega al comprador aunque haya desactivado los mensajes no solicitados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proactive: permitted, but bounces for buyers who opted out</source>
        <translation>Proactivo: permitido, pero se devuelve sin entregar si el comprador ha desactivado los mensajes no solicitados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forbidden: Amazon does not allow this message</source>
        <translation>Prohibido: Amazon no permite este mensaje</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>critical</source>
        <translation>crítico</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>proactive</source>
        <translation>proactivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>forbidden</source>
        <translation>prohibido</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>permitted</source>
        <translation>permitido</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Policy checks</source>
        <translation>Comprobaciones de las normas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message category</source>
        <translation>Categoría del mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purposes and evidence</source>
        <translation>Finalidades e indicios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested SP-API message type</source>
        <translation>Tipo de mensaje de la SP-API sugerido</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+37"/>
        <location line="+35"/>
        <source>Fix all safe</source>
        <translation>Aplicar correcciones seguras</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No problems found.</source>
        <translation>No se han encontrado problemas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking…</source>
        <translation>Revisando…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Start writing: the checks appear as you type.</source>
        <translation>Empieza a escribir: las comprobaciones aparecen mientras escribes.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>SP-API message type: {title} ({id})</source>
        <translation>Tipo de mensaje de la SP-API: {title} ({id})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SP-API message type: none fits this message</source>
        <translation>Tipo de mensaje de la SP-API: ninguno encaja con este mensaje</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Fix all safe (%n)</source>
        <translation>
            <numerusform>Aplicar corrección segura (%n)</numerusform>
            <numerusform>Aplicar correcciones seguras (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>Errors (%n)</source>
        <translation>
            <numerusform>Errores (%n)</numerusform>
            <numerusform>Errores (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Warnings (%n)</source>
        <translation>
            <numerusform>Advertencias (%n)</numerusform>
            <numerusform>Advertencias (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Notes (%n)</source>
        <translation>
            <numerusform>Notas (%n)</numerusform>
            <numerusform>Notas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>“{phrase}”</source>
        <extracomment>A phrase that showed the purpose, quoted as your language quotes.</extracomment>
        <translation>«{phrase}»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Purposes:</source>
        <translation>Finalidades:</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../composer/cli.py" line="+57"/>
        <source>unrecognized arguments (not repeated here, in case one is a secret: secrets are asked for, or read from standard input, never given as arguments)</source>
        <translation>argumentos no reconocidos (no se repiten aquí por si alguno es un secreto: los secretos se piden o se leen de la entrada estándar, nunca se pasan como argumentos)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write Amazon buyer messages that Amazon will accept.</source>
        <translation>Redacta mensajes para los compradores de Amazon que Amazon acepte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without a command, composer opens its window (options: --data-dir DIR to keep drafts there, --smoke-test to open it on a sample message, print the check and exit).</source>
        <translation>Sin ningún comando, composer abre su ventana (opciones: --data-dir DIR para guardar allí los borradores; --smoke-test para abrirla con un mensaje de ejemplo, mostrar la revisión y salir).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>check message files against Amazon&apos;s messaging rules</source>
        <translation>revisar archivos de mensajes según las normas de comunicación de Amazon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check message files (.txt, .html, .htm, .eml, .json; a folder is searched for them; - reads standard input) against Amazon&apos;s buyer-seller messaging rules. Exit status 0: nothing blocks sending; 1: an error-level finding or a forbidden message; 2: bad usage or an unreadable file.</source>
        <translation>Revisa archivos de mensajes (.txt, .html, .htm, .eml, .json; si se indica una carpeta, se buscan en ella; - lee la entrada estándar) según las normas de Amazon para los mensajes entre compradores y vendedores. Estado de salida 0: nada impide el envío; 1: una observación de nivel error o un mensaje prohibido; 2: uso incorrecto o archivo ilegible.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>channel for files that do not name one (default: email)</source>
        <translation>canal para los archivos que no indican ninguno (predeterminado: email)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the buyer&apos;s language of preference for files that do not give one</source>
        <translation>el idioma preferido del comprador para los archivos que no lo indican</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>judge dates as of this day (default: today)</source>
        <translation>evaluar las fechas como si hoy fuera este día (predeterminado: hoy)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>treat styling, spelling and grammar warnings as errors</source>
        <translation>tratar como errores las advertencias de formato, ortografía y gramática</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>your spelling dictionary: one word per line</source>
        <translation>tu diccionario ortográfico: una palabra por línea</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>do not report this rule (repeatable)</source>
        <translation>no mostrar esta regla (se puede repetir)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list the rules</source>
        <translation>listar las reglas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List every rule with its severity and source.</source>
        <translation>Lista todas las reglas con su gravedad y su fuente.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not a date (YYYY-MM-DD): {value}</source>
        <translation>no es una fecha (AAAA-MM-DD): {value}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>unknown rule for --disable: {rule}</source>
        <translation>regla desconocida para --disable: {rule}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read the dictionary {path}: {error}</source>
        <translation>no se puede leer el diccionario {path}: {error}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>folder holds no message files ({suffixes})</source>
        <translation>la carpeta no contiene archivos de mensajes ({suffixes})</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>{checked}, {blocked}; {errors}, {warnings}, {notes}</source>
        <translation>{checked}, {blocked}; {errors}, {warnings}, {notes}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n checked</source>
        <translation>
            <numerusform>%n revisado</numerusform>
            <numerusform>%n revisados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n cannot be sent as written</source>
        <translation>
            <numerusform>%n no se puede enviar tal como está</numerusform>
            <numerusform>%n no se pueden enviar tal como están</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>; %n could not be read</source>
        <translation>
            <numerusform>; %n no se pudo leer</numerusform>
            <numerusform>; %n no se pudieron leer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryWords</name>
    <message>
        <location filename="../composer/services/recorded.py" line="+92"/>
        <source>Not sent yet: {reason} It goes out when the connection is back.</source>
        <translation>Aún no enviado: {reason} Se enviará cuando vuelva la conexión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amazon asked to wait: {reason}</source>
        <translation>Amazon ha pedido esperar: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot reach the mail server {server} ({why}); nothing was sent.</source>
        <translation>No se puede conectar con el servidor de correo {server} ({why}); no se ha enviado nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the host name is not known</source>
        <translation>no se conoce el nombre de host</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>connection refused: nothing listens on that port</source>
        <translation>conexión rechazada: no hay nada escuchando en ese puerto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answer in time</source>
        <translation>no ha respondido a tiempo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon does not allow this message type for this order now ({said}). Ask which types the order allows and choose one of them.</source>
        <translation>Amazon no permite ahora este tipo de mensaje para este pedido ({said}). Consulta qué tipos admite el pedido y elige uno de ellos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amazon does not allow this message type for this order now ({said}). Ask which types the order allows and choose one of them. Request id: {reference}.</source>
        <translation>Amazon no permite ahora este tipo de mensaje para este pedido ({said}). Consulta qué tipos admite el pedido y elige uno de ellos. ID de solicitud: {reference}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Account {name} has no SMTP server set up for e-mail</source>
        <translation>La cuenta {name} no tiene configurado ningún servidor SMTP para el correo electrónico</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plain SMTP to {host} is refused: it is allowed only to this machine</source>
        <translation>No se permite SMTP sin cifrar hacia {host}: solo se permite hacia este equipo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keyring holds no SMTP password for account {name}; save it with: {command}</source>
        <translation>El almacén de credenciales no contiene ninguna contraseña SMTP de la cuenta {name}; guárdala con: {command}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account {name} has no sender address: set the address authorised for Buyer-Seller Messaging in Seller Central</source>
        <translation>La cuenta {name} no tiene dirección de remitente: indica la dirección autorizada para el Servicio de mensajes de Amazon en Seller Central</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The e-mail cannot be made: {reason}</source>
        <translation>No se puede crear el correo electrónico: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server {server} does not offer STARTTLS; Composer does not send the password and the message unencrypted (choose ssl if it offers that)</source>
        <translation>El servidor de correo {server} no ofrece STARTTLS; Composer no envía la contraseña ni el mensaje sin cifrar (elige ssl si el servidor lo ofrece)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The mail server {server} failed the certificate check ({why}); Composer does not send to a server it cannot verify</source>
        <translation>El servidor de correo {server} no ha superado la comprobación del certificado ({why}); Composer no envía a un servidor que no puede verificar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The encrypted connection to {server} failed ({why})</source>
        <translation>Ha fallado la conexión cifrada con {server} ({why})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server {server} closed the connection before the message was sent ({why}); nothing was sent.</source>
        <translation>El servidor de correo {server} ha cerrado la conexión antes de que se enviara el mensaje ({why}); no se ha enviado nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The mail server closed the connection during the login ({why}); nothing was sent.</source>
        <translation>El servidor de correo ha cerrado la conexión durante el inicio de sesión ({why}); no se ha enviado nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to the mail server {server} was lost after the message was sent and before the server confirmed it ({why}). The buyer may have received it: check the Buyer-Seller Messages page in Seller Central before sending it again.</source>
        <translation>Se ha perdido la conexión con el servidor de correo {server} después de enviar el mensaje y antes de que el servidor confirmara su recepción ({why}). Puede que el comprador lo haya recibido: consulta la página Servicio de mensajes de Amazon en Seller Central antes de volver a enviarlo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The mail server offers no login Composer can use on this connection ({offered}); check the SMTP security setting</source>
        <translation>El servidor de correo no ofrece ningún método de inicio de sesión que Composer pueda usar en esta conexión ({offered}); revisa la configuración de seguridad SMTP</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The SMTP user name or password has characters outside ASCII, which the SMTP login cannot carry; use an ASCII password (an app password) for Composer</source>
        <translation>El nombre de usuario o la contraseña SMTP contienen caracteres no ASCII, que el inicio de sesión SMTP no puede transmitir; usa para Composer una contraseña ASCII (una contraseña de aplicación)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>refused the sender {address}</source>
        <translation>ha rechazado el remitente {address}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused the recipient {address}</source>
        <translation>ha rechazado el destinatario {address}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused to take the message (DATA)</source>
        <translation>se ha negado a aceptar el mensaje (DATA)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>did not accept the message</source>
        <translation>no ha aceptado el mensaje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused the connection</source>
        <translation>ha rechazado la conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused a command</source>
        <translation>ha rechazado un comando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused the greeting (EHLO/HELO)</source>
        <translation>ha rechazado el saludo (EHLO/HELO)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused the login of {user}</source>
        <translation>ha rechazado el inicio de sesión de {user}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{refusal} (a temporary refusal)</source>
        <translation>{refusal} (rechazo temporal)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server {server} {what}: {reply}</source>
        <translation>El servidor de correo {server} {what}: {reply}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sending the {title} message</source>
        <translation>enviar el mensaje de tipo {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>requesting the review</source>
        <translation>solicitar la reseña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>asking which message types the order allows</source>
        <translation>consultar qué tipos de mensaje admite el pedido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>asking whether a review request is allowed</source>
        <translation>consultar si se permite una solicitud de reseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>asking for the buyer&apos;s language</source>
        <translation>consultar el idioma del comprador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>preparing the upload of {name}</source>
        <translation>preparar la subida de {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon found the request invalid</source>
        <translation>Amazon ha considerado no válida la solicitud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon did not accept the access token</source>
        <translation>Amazon no ha aceptado el token de acceso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amazon denied access: the app may lack the Buyer Communication (or Buyer Solicitation) role, the seller may have to authorize it again after a role was added, or the order belongs to another region&apos;s marketplace</source>
        <translation>Amazon ha denegado el acceso: puede que a la aplicación le falte el rol Buyer Communication (o Buyer Solicitation), que el vendedor tenga que volver a autorizarla tras asignarle un rol nuevo o que el pedido pertenezca a un marketplace de otra región</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Amazon does not know this order in this marketplace</source>
        <translation>Amazon no encuentra este pedido en este marketplace</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the request is too large for Amazon</source>
        <translation>La solicitud es demasiado grande para Amazon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon did not accept the content type</source>
        <translation>Amazon no ha aceptado el tipo de contenido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon refused the request</source>
        <translation>Amazon ha rechazado la solicitud</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{hint} while {what} ({said}).</source>
        <extracomment>{hint} is one of the refusals above, {what} what was being done, {said} Amazon&apos;s own words.</extracomment>
        <translation>{hint} al {what} ({said}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{hint} while {what} ({said}). Request id: {reference}.</source>
        <translation>{hint} al {what} ({said}). ID de solicitud: {reference}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{order} is not an Amazon order id (like 123-1234567-1234567).</source>
        <translation>{order} no es un número de pedido de Amazon (con el formato 123-1234567-1234567).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amazon removed the message type {type} from the SP-API on {day}; it can no longer be sent.</source>
        <translation>Amazon retiró el tipo de mensaje {type} de la SP-API el {day}; ya no se puede enviar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{type} is not an SP-API message type.</source>
        <translation>{type} no es un tipo de mensaje de la SP-API.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{type} is a Solicitations request, not a message: use request_review.</source>
        <translation>{type} es una solicitud de la Solicitations API, no un mensaje: usa request_review.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A {title} message carries attachments only; Amazon takes no text with it.</source>
        <translation>Un mensaje de tipo {title} solo lleva archivos adjuntos; Amazon no admite texto en él.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A {title} message needs text.</source>
        <translation>Un mensaje de tipo {title} necesita texto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The text contains HTML (tags or character references); Amazon shows it as plain text, so convert it first.</source>
        <translation>El texto contiene HTML (etiquetas o referencias de caracteres); Amazon lo muestra como texto sin formato, así que conviértelo antes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The text has {count} characters; Amazon takes at most {limit} in a {title} message.</source>
        <translation>El texto tiene {count} caracteres; Amazon admite como máximo {limit} en un mensaje de tipo {title}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A {title} message takes no attachments.</source>
        <translation>Un mensaje de tipo {title} no admite archivos adjuntos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A {title} message needs at least 1 attachment.</source>
        <translation>Un mensaje de tipo {title} necesita al menos 1 archivo adjunto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A {title} message needs at least {low} attachments.</source>
        <translation>Un mensaje de tipo {title} necesita al menos {low} archivos adjuntos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A {title} message takes at most {high} attachments, not {count}.</source>
        <translation>Un mensaje de tipo {title} admite como máximo {high} archivos adjuntos, no {count}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The attachment name {name} needs an extension (like invoice.pdf) and no slashes or line breaks: it is the name the buyer sees.</source>
        <translation>El nombre del archivo adjunto {name} necesita una extensión (p. ej., factura.pdf) y no puede contener barras ni saltos de línea: es el nombre que ve el comprador.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The attachment {name} is empty.</source>
        <translation>El archivo adjunto {name} está vacío.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The attachment {name} has no valid content type ({type}).</source>
        <translation>El archivo adjunto {name} no tiene un tipo de contenido válido ({type}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The attachments add up to {size} MB; Amazon takes at most {limit} MB per message.</source>
        <translation>Los archivos adjuntos suman {size} MB; Amazon admite como máximo {limit} MB por mensaje.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon refused to take the attachment ({said}). Its Uploads API is documented for North-American sellers only, and sellers in the {region} region have been refused with 403: send this message without attachments, or the files by e-mail.</source>
        <translation>Amazon se ha negado a aceptar el archivo adjunto ({said}). Su Uploads API solo está documentada para vendedores de Norteamérica, y Amazon ha rechazado con un error 403 a vendedores de la región {region}: envía este mensaje sin archivos adjuntos, o los archivos por correo electrónico.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Amazon refused to take the attachment ({said}). The app needs the Product Listing role for attachments (besides Buyer Communication), and the seller must authorize it again after the role was added.</source>
        <translation>Amazon se ha negado a aceptar el archivo adjunto ({said}). Para los archivos adjuntos, la aplicación necesita el rol Product Listing (además de Buyer Communication), y el vendedor debe volver a autorizarla después de asignarle ese rol.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{why} Nothing was sent to the buyer.</source>
        <translation>{why} No se ha enviado nada al comprador.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{why} Request id: {reference}. Nothing was sent to the buyer.</source>
        <translation>{why} ID de solicitud: {reference}. No se ha enviado nada al comprador.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Login with Amazon could not be reached: {words}. Nothing was sent; try again when the network is back.</source>
        <translation>No se ha podido conectar con Login with Amazon: {words}. No se ha enviado nada; vuelve a intentarlo cuando se restablezca la conexión.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Login with Amazon asks to wait before the next sign-in.</source>
        <translation>Login with Amazon pide esperar antes de volver a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login with Amazon did not answer properly ({status}). Nothing was sent; try again later.</source>
        <translation>Login with Amazon no ha respondido correctamente ({status}). No se ha enviado nada; vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login with Amazon answered without an access token.</source>
        <translation>Login with Amazon ha respondido sin ningún token de acceso.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The refresh token was revoked or is wrong: authorize Composer again in Seller Central and save the new refresh token.</source>
        <translation>El token de actualización se ha revocado o no es correcto: vuelve a autorizar Composer en Seller Central y guarda el nuevo token de actualización.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The client id or secret is wrong, most often because the client secret was rotated (Amazon requires it every 180 days): enter the current secret.</source>
        <translation>El ID de cliente o el secreto de cliente no son correctos, casi siempre porque se ha rotado el secreto de cliente (Amazon lo exige cada 180 días): guarda el secreto actual.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check the account&apos;s Login with Amazon settings.</source>
        <translation>Revisa la configuración de Login with Amazon de la cuenta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login with Amazon refused the credentials: {said}. {advice}</source>
        <translation>Login with Amazon ha rechazado las credenciales: {said}. {advice}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon could not be reached while {what}: {words}. Nothing was sent; it can be sent when the network is back.</source>
        <translation>No se ha podido conectar con Amazon al {what}: {words}. No se ha enviado nada; se podrá enviar cuando se restablezca la conexión.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The request went out while {what}, but {words}. Amazon may or may not have delivered it; {check}.</source>
        <translation>La solicitud ha salido al {what}, pero {words}. Puede que Amazon la haya entregado o no; {check}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amazon did not answer while {what}: {words}. Nothing was sent to the buyer; try again later.</source>
        <translation>Amazon no ha respondido al {what}: {words}. No se ha enviado nada al comprador; vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amazon asks to slow down ({said}) while {what}, after {tries} tries. Nothing was sent; it is safe to send after waiting.</source>
        <translation>Al {what}, Amazon ha pedido reducir el ritmo de solicitudes ({said}) tras {tries} intentos. No se ha enviado nada; se puede enviar sin riesgo después de esperar un poco.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amazon answered {said} while {what}. It may or may not have been delivered; {check}.</source>
        <translation>Al {what}, Amazon ha respondido {said}. Puede que se haya entregado o no; {check}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon answered {said} while {what}. Nothing was sent to the buyer; try again later.</source>
        <translation>Al {what}, Amazon ha respondido {said}. No se ha enviado nada al comprador; vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon&apos;s answer could not be read while {what} (not JSON).</source>
        <translation>No se ha podido leer la respuesta de Amazon al {what} (no es JSON).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon&apos;s upload destination for {name} is incomplete (no id, address or headers). Nothing was sent to the buyer.</source>
        <translation>El destino de subida que ha dado Amazon para {name} está incompleto (falta el ID, la dirección o los encabezados). No se ha enviado nada al comprador.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amazon&apos;s upload address for {name} is not https; the file was not sent. Nothing was sent to the buyer.</source>
        <translation>La dirección de subida que ha dado Amazon para {name} no es https; no se ha enviado el archivo. No se ha enviado nada al comprador.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The upload of {name} failed: {words}. Nothing was sent to the buyer; it can be sent again.</source>
        <translation>Ha fallado la subida de {name}: {words}. No se ha enviado nada al comprador; se puede volver a enviar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The upload of {name} failed: Amazon&apos;s storage answered {status} {code}: {said}. Nothing was sent to the buyer; it can be sent again.</source>
        <translation>Ha fallado la subida de {name}: el almacenamiento de Amazon ha respondido {status} {code}: {said}. No se ha enviado nada al comprador; se puede volver a enviar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The upload of {name} failed: {hint} ({status} {code}: {said}). Nothing was sent to the buyer.</source>
        <translation>Ha fallado la subida de {name}: {hint} ({status} {code}: {said}). No se ha enviado nada al comprador.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file&apos;s checksum was not in the form Amazon expects</source>
        <translation>la suma de comprobación del archivo no tiene el formato que espera Amazon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file changed between its checksum and the upload</source>
        <translation>el archivo ha cambiado entre el cálculo de su suma de comprobación y la subida</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the upload did not carry the headers Amazon signed</source>
        <translation>la subida no llevaba los encabezados firmados por Amazon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the storage takes the file only by PUT</source>
        <translation>el almacenamiento solo acepta el archivo mediante PUT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the upload address was refused; such an address expires after 15 minutes</source>
        <translation>se ha rechazado la dirección de subida; estas direcciones caducan a los 15 minutos</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>check the buyer-seller messages in Seller Central before sending it again</source>
        <translation>consulta los mensajes entre compradores y vendedores en Seller Central antes de volver a enviar el mensaje</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ask whether a review request is still allowed for the order before asking again (if it is no longer allowed, this one went out)</source>
        <translation>pregunta a Amazon si todavía se permite una solicitud de reseña para el pedido antes de volver a pedirla (si ya no se permite, es que esta se ha enviado)</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>the file is too large</source>
        <translation>el archivo es demasiado grande</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon&apos;s storage refused it</source>
        <translation>el almacenamiento de Amazon lo ha rechazado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the connection timed out</source>
        <translation>se ha agotado el tiempo de espera de la conexión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no answer came before the time limit</source>
        <translation>no ha llegado ninguna respuesta dentro del tiempo límite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the secure connection failed</source>
        <translation>ha fallado la conexión segura</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the proxy refused the connection</source>
        <translation>el proxy ha rechazado la conexión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the host name could not be resolved</source>
        <translation>no se ha podido resolver el nombre de host</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the connection was refused</source>
        <translation>se ha rechazado la conexión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the connection was closed before an answer came</source>
        <translation>se ha cerrado la conexión antes de recibir respuesta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the connection failed</source>
        <translation>ha fallado la conexión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the request failed</source>
        <translation>ha fallado la solicitud</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a warranty message has coverage dates.</source>
        <translation>Solo los mensajes de garantía llevan fechas de cobertura.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The warranty coverage dates need a time zone (Amazon takes ISO 8601 with an offset).</source>
        <translation>Las fechas de cobertura de la garantía necesitan una zona horaria (Amazon admite ISO 8601 con desfase respecto a UTC).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The warranty coverage ends before it starts.</source>
        <translation>La fecha de fin de la garantía es anterior a la de inicio.</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <location filename="../composer/ui/drafts_dialog.py" line="+49"/>
        <location line="+1"/>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Rename draft</source>
        <translation>Cambiar el nombre del borrador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete draft</source>
        <translation>Eliminar el borrador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this draft for good?</source>
        <translation>¿Eliminar este borrador definitivamente?</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../composer/ui/export_actions.py" line="+40"/>
        <source>Amazon-safe HTML</source>
        <translation>HTML apto para Amazon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail with HTML and plain text</source>
        <translation>Correo electrónico con HTML y texto sin formato</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Amazon does not allow messages for this purpose: {purpose}. Take that part out, or do not send the message.</source>
        <translation>Amazon no permite mensajes con esta finalidad: {purpose}. Quita esa parte o no envíes el mensaje.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon does not allow messages for these purposes: {purposes}. Take that part out, or do not send the message.</source>
        <translation>Amazon no permite mensajes con estas finalidades: {purposes}. Quita esa parte o no envíes el mensaje.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amazon does not allow this kind of message.</source>
        <translation>Amazon no permite este tipo de mensaje.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>… and %n more (see the checks panel)</source>
        <translation>
            <numerusform>… y %n más (consulta el panel de comprobaciones)</numerusform>
            <numerusform>… y %n más (consulta el panel de comprobaciones)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do you want to copy it anyway?</source>
        <translation>¿Quieres copiarlo de todos modos?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy anyway</source>
        <translation>Copiar de todos modos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do you want to export it anyway?</source>
        <translation>¿Quieres exportarlo de todos modos?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export anyway</source>
        <translation>Exportar de todos modos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon would not accept this message</source>
        <translation>Amazon no aceptaría este mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm export</source>
        <translation>Confirmar la exportación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amazon would block or penalise this message:</source>
        <translation>Amazon bloquearía o penalizaría este mensaje:</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Not saved</source>
        <translation>No se ha guardado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” could not be saved.

{reason}.

The message is still here: choose another folder or name and try again.</source>
        <translation>No se pudo guardar «{file}».

{reason}.

El mensaje sigue aquí: elige otra carpeta u otro nombre y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>message</source>
        <comment>a file name</comment>
        <translation>mensaje</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+1"/>
        <source>Export message</source>
        <translation>Exportar el mensaje</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <location filename="../composer/services/export.py" line="+96"/>
        <source>bold</source>
        <translation>negrita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>italic</source>
        <translation>cursiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>underline</source>
        <translation>subrayado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>formatting ({formats})</source>
        <extracomment>What a plain-text channel drops: {formats} lists &quot;bold&quot;, &quot;italic&quot;, &quot;underline&quot;.</extracomment>
        <translation>formato ({formats})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lists become dashes</source>
        <translation>las listas se convierten en guiones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>numbered lists become &quot;1.&quot; lines</source>
        <translation>las listas numeradas se convierten en líneas «1.»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>links become their address</source>
        <translation>los enlaces se sustituyen por su dirección</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>e-mail subject (the API has none)</source>
        <translation>asunto del correo (la API no tiene asunto)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the whole text (Amazon writes the review request itself)</source>
        <translation>todo el texto (Amazon redacta la solicitud de reseña)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the text ({type} sends attachments only)</source>
        <translation>el texto ({type} solo envía archivos adjuntos)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>subject (Seller Central sets it from the contact reason)</source>
        <translation>asunto (Seller Central lo fija según el motivo de contacto)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the sender is not an e-mail address: {address}</source>
        <translation>el remitente no es una dirección de correo electrónico: {address}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the recipient is not an e-mail address: {address}</source>
        <translation>el destinatario no es una dirección de correo electrónico: {address}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>cannot export to &apos;{suffix}&apos; (use {suffixes})</source>
        <translation>no se puede exportar a «{suffix}» (usa {suffixes})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot write in {folder}: {reason}</source>
        <translation>no se puede escribir en {folder}: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write {path}: {reason}</source>
        <translation>no se puede escribir {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <location filename="../composer/ui/panel.py" line="-393"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>{severity}: {rule}</source>
        <translation>{severity}: {rule}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Why and source</source>
        <translation>Motivo y fuentes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why?</source>
        <translation>¿Por qué?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why: {rule}</source>
        <translation>Por qué: {rule}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fix</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix: {rule}</source>
        <translation>Corregir: {rule}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Safe: keeps the meaning</source>
        <translation>Corrección segura: mantiene el significado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the result: this fix changes the wording</source>
        <translation>Revisa el resultado: esta corrección cambia la redacción</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suggestions…</source>
        <translation>Sugerencias…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggestions: {rule}</source>
        <translation>Sugerencias: {rule}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignore…</source>
        <translation>Ignorar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ignore: {rule}</source>
        <translation>Ignorar: {rule}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignore here</source>
        <translation>Ignorar aquí</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ignore this rule</source>
        <translation>Ignorar esta regla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add “{word}” to the dictionary</source>
        <translation>Incluir «{word}» en el diccionario</translation>
    </message>
    <message>
        <location line="+276"/>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
</context>
<context>
    <name>IgnoredRulesDialog</name>
    <message>
        <location filename="../composer/ui/ignored_dialog.py" line="+50"/>
        <location line="+1"/>
        <source>Ignored rules</source>
        <translation>Reglas ignoradas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No rule is ignored: every message is checked against all of them.</source>
        <translation>No hay ninguna regla ignorada: cada mensaje se revisa con todas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Check again</source>
        <translation>Volver a revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amazon applies these rules whether Composer shows them or not.</source>
        <translation>Amazon aplica estas reglas tanto si Composer las muestra como si no.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{title} ({rule})</source>
        <translation>{title} ({rule})</translation>
    </message>
</context>
<context>
    <name>KeyringWords</name>
    <message>
        <location filename="../composer/services/credentials.py" line="+81"/>
        <source>the Windows Credential Locker cannot be reached (keyring&apos;s Windows backend needs the pywin32-ctypes package and a logged-in user session)</source>
        <translation>no se puede acceder al Administrador de credenciales de Windows (el backend de Windows de keyring necesita el paquete pywin32-ctypes y una sesión de usuario iniciada)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the macOS Keychain cannot be reached (Composer must run in a logged-in user session that has a login keychain)</source>
        <translation>no se puede acceder al Llavero de macOS (Composer debe ejecutarse en una sesión de usuario iniciada que tenga un llavero de inicio de sesión)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no Secret Service is running. A Secret Service such as GNOME Keyring or KWallet must be running (a desktop session starts one; without a desktop, run Composer under dbus-run-session with gnome-keyring-daemon --unlock --components=secrets)</source>
        <translation>no hay ningún Secret Service en ejecución. Debe estar en ejecución un Secret Service como GNOME Keyring o KWallet (una sesión de escritorio inicia uno; sin escritorio, ejecuta Composer con dbus-run-session y gnome-keyring-daemon --unlock --components=secrets)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Composer cannot store secrets: {what}. Composer keeps secrets only in the system keyring and refuses to store them anywhere else.</source>
        <extracomment>{what} says what is missing on this system.</extracomment>
        <translation>Composer no puede guardar secretos: {what}. Composer guarda los secretos solo en el almacén de credenciales del sistema y se niega a guardarlos en cualquier otro sitio.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Composer cannot store secrets: keyring is configured to store nothing (its null backend, set by `keyring --disable`, a keyringrc.cfg or PYTHON_KEYRING_BACKEND); remove that setting so the system keyring is used. Composer keeps secrets only in the system keyring and refuses to store them anywhere else.</source>
        <translation>Composer no puede guardar secretos: keyring está configurado para no guardar nada (su backend null, activado con `keyring --disable`, un keyringrc.cfg o PYTHON_KEYRING_BACKEND); quita esa configuración para que se use el almacén de credenciales del sistema. Composer guarda los secretos solo en el almacén de credenciales del sistema y se niega a guardarlos en cualquier otro sitio.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Composer cannot store secrets: the configured keyring backend ({backend}) keeps them in a file, not in the system keyring. Composer keeps secrets only in the system keyring and refuses to store them anywhere else; remove keyrings.alt or choose the system backend.</source>
        <translation>Composer no puede guardar secretos: el backend de keyring configurado ({backend}) los guarda en un archivo, no en el almacén de credenciales del sistema. Composer guarda los secretos solo en el almacén de credenciales del sistema y se niega a guardarlos en cualquier otro sitio; quita keyrings.alt o elige el backend del sistema.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{missing} (keyring could not choose a backend: {problem})</source>
        <extracomment>{problem} is the error, as Python names it (&quot;RuntimeError: …&quot;).</extracomment>
        <translation>{missing} (keyring no ha podido elegir un backend: {problem})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The {secret} of account {account} is empty; nothing stored.</source>
        <translation>El secreto {secret} de la cuenta {account} está vacío; no se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the {secret} of account {account}</source>
        <translation>el secreto {secret} de la cuenta {account}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>store {what}</source>
        <extracomment>What could not be done; {what} is &quot;the refresh_token of account &apos;shop&apos;&quot;.</extracomment>
        <translation>guardar {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read {what}</source>
        <translation>leer {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete {what}</source>
        <translation>eliminar {what}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not {action}: the keyring stopped answering. {missing}</source>
        <extracomment>{action} is &quot;store the refresh_token of account &apos;shop&apos;&quot;.</extracomment>
        <translation>No se pudo {action}: el almacén de credenciales ha dejado de responder. {missing}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (the keyring said: {detail})</source>
        <translation> (respuesta del almacén de credenciales: {detail})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not {action}: the keyring is locked and was not unlocked (the unlock prompt was dismissed or cannot be shown here){said}. Unlock your login keyring and try again.</source>
        <translation>No se pudo {action}: el almacén de credenciales está bloqueado y no se ha desbloqueado (se ha cerrado la solicitud de desbloqueo o no se puede mostrar aquí){said}. Desbloquea el almacén de credenciales de tu sesión y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not {action} in the keyring ({backend}): {problem}</source>
        <translation>No se pudo {action} en el almacén de credenciales ({backend}): {problem}</translation>
    </message>
</context>
<context>
    <name>MailWords</name>
    <message>
        <location filename="../composer/services/mail.py" line="+86"/>
        <source>{address} is not a buyer&apos;s anonymised Amazon address; Amazon relays e-mail to the buyer only through it (…@{domain})</source>
        <translation>{address} no es la dirección anonimizada de Amazon de un comprador; Amazon solo reenvía el correo al comprador a través de esa dirección (…@{domain})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{address} is a buyer address of another marketplace; buyers of Amazon.{store} ({code}) are reached at …@{domain}</source>
        <translation>{address} es una dirección de comprador de otro marketplace; a los compradores de Amazon.{store} ({code}) se les escribe a …@{domain}</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>no encryption, this machine only</source>
        <translation>sin cifrado, solo hacia este equipo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server {server} ({security}) accepted the login of {user}.</source>
        <extracomment>{server} is host:port, {security} &quot;STARTTLS&quot;, &quot;SSL&quot; or &quot;no encryption, this machine only&quot;.</extracomment>
        <translation>El servidor de correo {server} ({security}) ha aceptado el inicio de sesión de {user}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server {server} ({security}) answered.</source>
        <translation>El servidor de correo {server} ({security}) ha respondido.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../composer/ui/main_window.py" line="+272"/>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message body</source>
        <translation>Cuerpo del mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Character count</source>
        <translation>Número de caracteres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox summary</source>
        <translation>Resumen de la bandeja de salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Formatting</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Sending</source>
        <translation>Envío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ormat</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Checks</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Message</source>
        <translation>&amp;Mensaje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New message</source>
        <translation>&amp;Nuevo mensaje</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+757"/>
        <source>New message</source>
        <translation>Nuevo mensaje</translation>
    </message>
    <message>
        <location line="-756"/>
        <source>&amp;Open a message file…</source>
        <translation>&amp;Abrir un archivo de mensaje…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a message file</source>
        <translation>Abrir un archivo de mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Drafts…</source>
        <translation>&amp;Borradores…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Templates…</source>
        <translation>&amp;Plantillas…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename draft…</source>
        <translation>&amp;Cambiar el nombre del borrador…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+531"/>
        <source>Rename draft</source>
        <translation>Cambiar el nombre del borrador</translation>
    </message>
    <message>
        <location line="-529"/>
        <source>Copy as Amazon-safe &amp;HTML</source>
        <translation>Copiar como &amp;HTML apto para Amazon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as Amazon-safe HTML</source>
        <translation>Copiar como HTML apto para Amazon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy as plain &amp;text</source>
        <translation>Copiar como &amp;texto sin formato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy as plain text</source>
        <translation>Copiar como texto sin formato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channel preview…</source>
        <translation>&amp;Vista previa por canal…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel preview</source>
        <translation>Vista previa por canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bold</source>
        <translation>&amp;Negrita</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Italic</source>
        <translation>&amp;Cursiva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Underline</source>
        <translation>&amp;Subrayado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Underline</source>
        <translation>Subrayado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulleted &amp;list</source>
        <translation>Lista con &amp;viñetas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bulleted list</source>
        <translation>Lista con viñetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Numbered list</source>
        <translation>Lista n&amp;umerada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Numbered list</source>
        <translation>Lista numerada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert https &amp;link…</source>
        <translation>Insertar &amp;enlace https…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Insert https link</source>
        <translation>Insertar enlace https</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove link</source>
        <translation>&amp;Quitar enlace</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove link</source>
        <translation>Quitar enlace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix all &amp;safe problems</source>
        <translation>&amp;Aplicar todas las correcciones seguras</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fix all safe problems</source>
        <translation>Aplicar todas las correcciones seguras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next problem</source>
        <translation>&amp;Siguiente problema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next problem</source>
        <translation>Siguiente problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ignored rules…</source>
        <translation>&amp;Reglas ignoradas…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ignored rules</source>
        <translation>Reglas ignoradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send…</source>
        <translation>&amp;Enviar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outbox</source>
        <translation>&amp;Bandeja de salida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seller &amp;accounts…</source>
        <translation>&amp;Cuentas de vendedor…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seller accounts</source>
        <translation>Cuentas de vendedor</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>The check failed: {error}</source>
        <translation>Error en la revisión: {error}</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Ignore this rule</source>
        <translation>Ignorar esta regla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop checking “{rule}” in every message? Amazon still applies it. Checks › Ignored rules… turns it back on.</source>
        <translation>¿Dejar de comprobar «{rule}» en todos los mensajes? Amazon la sigue aplicando. Para volver a activarla: Revisión › Reglas ignoradas…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Could not add “{word}”: {error}</source>
        <translation>No se pudo incluir «{word}»: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Looking for suggestions…</source>
        <translation>Buscando sugerencias…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No suggestions</source>
        <translation>No hay sugerencias</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>Insert link</source>
        <translation>Insertar enlace</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Address (https:// only):</source>
        <translation>Dirección (solo https://):</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The draft could not be saved: {error}</source>
        <translation>No se pudo guardar el borrador: {error}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} cannot be opened: {error}</source>
        <translation>No se puede abrir {file}: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open a message</source>
        <translation>Abrir un mensaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages ({patterns})</source>
        <translation>Mensajes ({patterns})</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Copied as Amazon-safe HTML (and as plain text).</source>
        <translation>Copiado como HTML apto para Amazon (y como texto sin formato).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied as plain text.</source>
        <translation>Copiado como texto sin formato.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exported to {path}</source>
        <translation>Exportado a {path}</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The outbox cannot be opened: {error}</source>
        <translation>No se puede abrir la bandeja de salida: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Message {id}, order {order}: {outcome}</source>
        <translation>Mensaje {id}, pedido {order}: {outcome}</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n pendiente de envío</numerusform>
            <numerusform>%n pendientes de envío</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n uncertain: decide in the outbox</source>
        <translation>
            <numerusform>%n sin confirmar: decide en la bandeja de salida</numerusform>
            <numerusform>%n sin confirmar: decide en la bandeja de salida</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox: {summary}</source>
        <translation>Bandeja de salida: {summary}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n message(s) being sent when Composer stopped: the buyer may or may not have them. Check, then decide in the outbox (Message › Outbox).</source>
        <translation>
            <numerusform>%n mensaje se estaba enviando cuando Composer se detuvo: puede que el comprador lo haya recibido o no. Compruébalo y decide en la bandeja de salida (Mensaje › Bandeja de salida).</numerusform>
            <numerusform>%n mensajes se estaban enviando cuando Composer se detuvo: puede que el comprador los haya recibido o no. Compruébalo y decide en la bandeja de salida (Mensaje › Bandeja de salida).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} – Composer</source>
        <translation>{name} – Composer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{count} / {limit} characters</source>
        <translation>{count} / {limit} caracteres</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln carácter</numerusform>
            <numerusform>%Ln caracteres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removed what Amazon does not accept: {removed}.</source>
        <translation>Se ha eliminado lo que Amazon no acepta: {removed}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was inserted: {reason}</source>
        <translation>No se ha insertado nada: {reason}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Composer closes as soon as the message being sent (or the check with Amazon) has its answer.</source>
        <translation>Composer se cerrará en cuanto el mensaje que se está enviando (o la comprobación con Amazon) tenga respuesta.</translation>
    </message>
</context>
<context>
    <name>MarketplaceWords</name>
    <message>
        <location filename="../composer/services/marketplaces.py" line="+272"/>
        <source>unknown marketplace {key}; known: {codes}</source>
        <translation>marketplace desconocido: {key}; conocidos: {codes}</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <location filename="../composer/ui/editor.py" line="+47"/>
        <source>Write your message to the buyer…</source>
        <translation>Escribe tu mensaje al comprador…</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>a buyer message is a few thousand characters at most, and this would make it {count} (the limit here is {limit})</source>
        <translation>un mensaje al comprador tiene como mucho unos pocos miles de caracteres, y con esto tendría {count} (aquí el límite es {limit})</translation>
    </message>
</context>
<context>
    <name>MessageFileWords</name>
    <message>
        <location filename="../composer/services/message_files.py" line="+70"/>
        <source>unsupported file type &apos;{suffix}&apos; (use {suffixes})</source>
        <translation>tipo de archivo no admitido: «{suffix}» (usa {suffixes})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>too large for a message ({size} MB; the limit is {limit} MB)</source>
        <translation>demasiado grande para un mensaje ({size} MB; el límite es {limit} MB)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is a directory</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>binary file, not a message</source>
        <translation>es un archivo binario, no un mensaje</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not valid UTF-8 (byte {byte} at offset {offset})</source>
        <translation>no es UTF-8 válido (byte {byte} en la posición {offset})</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>malformed JSON at line {line} column {column}: {problem}</source>
        <translation>JSON mal formado en la línea {line}, columna {column}: {problem}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the JSON must be an object with at least a {field}</source>
        <translation>el JSON debe ser un objeto con al menos el campo {field}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown field &apos;{field}&apos; (known: {fields})</source>
        <translation>campo desconocido: «{field}» (campos admitidos: {fields})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{field} is missing or not a string</source>
        <translation>{field} falta o no es una cadena de texto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{field} must be {choices}, not {value}</source>
        <translation>{field} debe ser {choices}, no {value}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{field} must be one of {choices}, not {value}</source>
        <translation>{field} debe ser uno de estos valores: {choices}; no {value}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{field} must be true or false</source>
        <translation>{field} debe ser true o false</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{field} must be a string</source>
        <translation>{field} debe ser una cadena de texto</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{field} is not a date (YYYY-MM-DD): {value}</source>
        <translation>{field} no es una fecha (AAAA-MM-DD): {value}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{field} must be a list</source>
        <translation>{field} debe ser una lista</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>attachment {n} needs a {field}</source>
        <translation>al archivo adjunto {n} le falta el campo {field}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>attachment {n}: {field} must be a number of bytes</source>
        <translation>archivo adjunto {n}: {field} debe ser un número de bytes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>attachment {n}: {field} must be a string</source>
        <translation>archivo adjunto {n}: {field} debe ser una cadena de texto</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>binary file, not an e-mail</source>
        <translation>es un archivo binario, no un correo electrónico</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a readable e-mail: {problem}</source>
        <translation>no es un correo electrónico legible: {problem}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no e-mail headers (Subject, From, To, Content-Type)</source>
        <translation>no tiene encabezados de correo electrónico (Subject, From, To, Content-Type)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the message text cannot be decoded: {problem}</source>
        <translation>no se puede descodificar el texto del mensaje: {problem}</translation>
    </message>
</context>
<context>
    <name>NoteWords</name>
    <message>
        <location filename="../composer/policy/engine.py" line="+319"/>
        <source>No phrase data for {language}: purposes and wording rules were not checked; contacts, links, emoji and formatting were.</source>
        <extracomment>{language} is a language&apos;s name (&quot;Swedish&quot;).</extracomment>
        <translation>No hay datos de frases en {language}: no se han revisado las finalidades ni las reglas de redacción; sí los datos de contacto, los enlaces, los emojis y el formato.</translation>
    </message>
    <message>
        <location filename="../composer/policy/rules/spelling.py" line="+103"/>
        <source>Spelling was not checked: there is no {language} dictionary (pyspellchecker ships {languages}).</source>
        <extracomment>{language} is a language&apos;s name, {languages} the codes of the dictionaries at hand.</extracomment>
        <translation>No se ha revisado la ortografía: no hay diccionario de {language} (pyspellchecker incluye {languages}).</translation>
    </message>
</context>
<context>
    <name>OrderFields</name>
    <message>
        <location filename="../composer/ui/order_fields.py" line="+31"/>
        <source>E-mail to the buyer&apos;s Amazon address</source>
        <translation>Correo electrónico a la dirección de Amazon del comprador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selling Partner API</source>
        <translation>Selling Partner API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seller Central (Contact Buyer)</source>
        <translation>Seller Central (Contactar con el comprador)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order details</source>
        <translation>Detalles del pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order &amp;ID:</source>
        <translation>&amp;Número de pedido:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order &amp;date:</source>
        <translation>Fecha del &amp;pedido:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;livery date:</source>
        <translation>Fecha de entre&amp;ga:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Marketplace:</source>
        <translation>Mar&amp;ketplace:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Buyer language:</source>
        <translation>&amp;Idioma del comprador:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel:</source>
        <translation>Cana&amp;l:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message &amp;type:</source>
        <translation>&amp;Tipo de mensaje:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order ID</source>
        <translation>Número de pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order date</source>
        <translation>Fecha del pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery date</source>
        <translation>Fecha de entrega</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer language</source>
        <translation>Idioma del comprador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message type</source>
        <translation>Tipo de mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none chosen)</source>
        <translation>(ninguno elegido)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply to a message from the buyer</source>
        <translation>Respuesta a un mensaje del comprador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to a buyer</source>
        <translation>Respuesta a un comprador</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../composer/ui/outbox_window.py" line="+54"/>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>being sent</source>
        <translation>enviándose</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <location line="+124"/>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uncertain</source>
        <translation>sin confirmar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SP-API</source>
        <translation>SP-API</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>recorded, waiting to be sent</source>
        <translation>registrado, en espera de envío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warnings confirmed by the user</source>
        <translation>advertencias confirmadas por el usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handed to the network</source>
        <translation>entregado a la red</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no clear answer: uncertain</source>
        <translation>sin respuesta clara: sin confirmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>put back in the queue</source>
        <translation>devuelto a la cola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found half-sent after Composer stopped: uncertain</source>
        <translation>encontrado a medio enviar tras detenerse Composer: sin confirmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>queued again by the user</source>
        <translation>puesto de nuevo en la cola por el usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked sent by the user</source>
        <translation>marcado como enviado por el usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked not sent by the user</source>
        <translation>marcado como no enviado por el usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled by the user</source>
        <translation>cancelado por el usuario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>critical</source>
        <translation>crítico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proactive</source>
        <translation>proactivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forbidden</source>
        <translation>prohibido</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Review request</source>
        <translation>Solicitud de reseña</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sent. Amazon will send its review request to the buyer (request id {id}).</source>
        <translation>Enviado. Amazon enviará su solicitud de reseña al comprador (ID de solicitud {id}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent. Amazon accepted it (request id {id}).</source>
        <translation>Enviado. Amazon lo ha aceptado (ID de solicitud {id}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent. The mail server accepted it for Amazon&apos;s relay to the buyer (message id {id}).</source>
        <translation>Enviado. El servidor de correo lo ha aceptado para que Amazon lo reenvíe al comprador (ID de mensaje {id}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent. {reason}</source>
        <translation>Enviado. {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: {reason}</source>
        <translation>No enviado: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not sent: Amazon refused it ({code}): “{reply}” Nothing reached the buyer. Correct the cause, then use Retry in the outbox.</source>
        <translation>No enviado: Amazon lo ha rechazado ({code}): «{reply}» Al comprador no le ha llegado nada. Corrige la causa y usa Reintentar en la bandeja de salida.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sent: the mail server refused it ({code}): “{reply}” Nothing reached the buyer. Correct the cause, then use Retry in the outbox.</source>
        <translation>No enviado: el servidor de correo lo ha rechazado ({code}): «{reply}» Al comprador no le ha llegado nada. Corrige la causa y usa Reintentar en la bandeja de salida.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sent. {reason}</source>
        <translation>No enviado. {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent yet.</source>
        <translation>Aún no se ha enviado.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Waiting in the outbox: {reason} It is not tried before {time}. It goes out by itself: Composer tries again every %n seconds while it is open.</source>
        <translation>
            <numerusform>En espera en la bandeja de salida: {reason} No se intentará antes de las {time}. Saldrá solo: Composer lo vuelve a intentar cada %n segundo mientras está abierto.</numerusform>
            <numerusform>En espera en la bandeja de salida: {reason} No se intentará antes de las {time}. Saldrá solo: Composer lo vuelve a intentar cada %n segundos mientras está abierto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Waiting in the outbox: {reason} It goes out by itself: Composer tries again every %n seconds while it is open.</source>
        <translation>
            <numerusform>En espera en la bandeja de salida: {reason} Saldrá solo: Composer lo vuelve a intentar cada %n segundo mientras está abierto.</numerusform>
            <numerusform>En espera en la bandeja de salida: {reason} Saldrá solo: Composer lo vuelve a intentar cada %n segundos mientras está abierto.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Uncertain: {reason}
Amazon may have it. Composer will not send it again by itself, because the buyer would get it twice. Ask Amazon whether a review request is still allowed for the order (if not, it went out), then decide in the outbox: Mark sent, Mark not sent, or I checked: send again.</source>
        <translation>Sin confirmar: {reason}
Puede que Amazon lo haya recibido. Composer no lo volverá a enviar por su cuenta, porque el comprador lo recibiría dos veces. Pregunta a Amazon si todavía se permite una solicitud de reseña para el pedido (si no, es que se envió) y decide en la bandeja de salida: Marcar como enviado, Marcar como no enviado o Lo he comprobado: reenviar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Uncertain: {reason}
Amazon may have it. Composer will not send it again by itself, because the buyer would get it twice. Check the order&apos;s sent messages in Seller Central (Buyer-Seller Messages), then decide in the outbox: Mark sent, Mark not sent, or I checked: send again.</source>
        <translation>Sin confirmar: {reason}
Puede que Amazon lo haya recibido. Composer no lo volverá a enviar por su cuenta, porque el comprador lo recibiría dos veces. Consulta los mensajes enviados del pedido en Seller Central (Servicio de mensajes de Amazon) y decide en la bandeja de salida: Marcar como enviado, Marcar como no enviado o Lo he comprobado: reenviar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Uncertain: {reason}
The mail server may have it. Composer will not send it again by itself, because the buyer would get it twice. Check the order&apos;s sent messages in Seller Central (Buyer-Seller Messages), then decide in the outbox: Mark sent, Mark not sent, or I checked: send again.</source>
        <translation>Sin confirmar: {reason}
Puede que el servidor de correo lo haya recibido. Composer no lo volverá a enviar por su cuenta, porque el comprador lo recibiría dos veces. Consulta los mensajes enviados del pedido en Seller Central (Servicio de mensajes de Amazon) y decide en la bandeja de salida: Marcar como enviado, Marcar como no enviado o Lo he comprobado: reenviar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Being sent…</source>
        <translation>Enviándose…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sent · {id}</source>
        <translation>enviado · {id}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>check Seller Central, then decide</source>
        <translation>consulta Seller Central y decide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting to go out</source>
        <translation>pendiente de envío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>being sent…</source>
        <translation>enviándose…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{order} ({marketplace})</source>
        <translation>{order} ({marketplace})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text sent</source>
        <translation>Texto enviado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon writes the review request itself: no text of yours.</source>
        <translation>Amazon redacta la solicitud de reseña: ningún texto tuyo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category: {category}</source>
        <translation>Categoría: {category}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No check (Amazon&apos;s own text).</source>
        <translation>Sin revisión (texto de la propia Amazon).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warnings confirmed by the user ({time})</source>
        <translation>Advertencias confirmadas por el usuario ({time})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amazon&apos;s reply</source>
        <translation>Respuesta de Amazon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s reply</source>
        <translation>Respuesta del servidor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{event} (you)</source>
        <translation>{event} (tú)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The buyer may already have message {id} (order {order}): the last attempt went out without a clear answer.

Send it again only if you checked that Amazon still offers a review request for this order. Did you check, and send it again?</source>
        <translation>Puede que el comprador ya tenga el mensaje {id} (pedido {order}): el último intento salió sin una respuesta clara.

Reenvíalo solo si has comprobado que Amazon todavía ofrece una solicitud de reseña para este pedido. ¿Lo has comprobado y quieres reenviarlo?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The buyer may already have message {id} (order {order}): the last attempt went out without a clear answer.

Send it again only if you checked that the message is not among the order&apos;s sent messages in Seller Central. Did you check, and send it again?</source>
        <translation>Puede que el comprador ya tenga el mensaje {id} (pedido {order}): el último intento salió sin una respuesta clara.

Reenvíalo solo si has comprobado que el mensaje no figura entre los mensajes enviados del pedido en Seller Central. ¿Lo has comprobado y quieres reenviarlo?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send again</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I checked: send again</source>
        <translation>Lo he comprobado: reenviar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the outbox as CSV</source>
        <translation>Exportar la bandeja de salida como CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>composer-outbox</source>
        <comment>a file name</comment>
        <translation>composer-bandeja-de-salida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV for spreadsheets ({patterns})</source>
        <translation>CSV para hojas de cálculo ({patterns})</translation>
    </message>
</context>
<context>
    <name>OutboxCli</name>
    <message>
        <location filename="../composer/cli_outbox.py" line="+160"/>
        <source>list, show, retry, mark and export the messages sent</source>
        <translation>listar, mostrar, reintentar, marcar y exportar los mensajes enviados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The outbox and audit log: every message Composer handed to Amazon or the mail server, with its check, the warnings you confirmed and the answer. States: queued, sending, sent, failed, uncertain (it went out without a clear answer: check Seller Central, then mark it, or retry it with --i-checked). Exit status 0: done; 1: a message was not sent; 2: bad usage or an unreadable database.</source>
        <extracomment>The state names (queued, sending, sent, failed, uncertain) are typed as they are.</extracomment>
        <translation>La bandeja de salida y el registro de auditoría: todos los mensajes que Composer ha entregado a Amazon o al servidor de correo, con su revisión, las advertencias que confirmaste y la respuesta. Estados: queued (en espera), sending (enviándose), sent (enviado), failed (fallido), uncertain (sin confirmar: salió sin una respuesta clara; consulta Seller Central y márcalo, o reinténtalo con --i-checked). Estado de salida 0: hecho; 1: un mensaje no se ha enviado; 2: uso incorrecto o base de datos ilegible.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>list the messages, newest first</source>
        <translation>listar los mensajes, los más recientes primero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this state</source>
        <translation>solo este estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this order</source>
        <translation>solo este pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this account</source>
        <translation>solo esta cuenta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most N (default 50)</source>
        <translation>como máximo N (predeterminado: 50)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one message: what was sent, its check and history</source>
        <translation>un mensaje: lo que se envió, su revisión y su historial</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>send a failed or uncertain message again, and what waits in the queue</source>
        <translation>volver a enviar un mensaje fallido o sin confirmar, y lo que espera en la cola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue message ID again (a failed one; an uncertain one only with --i-checked, after checking in Seller Central that the buyer did not get it), then send everything that waits in the queue. Without ID: only the queue.</source>
        <translation>Vuelve a poner en la cola el mensaje ID (uno fallido; uno sin confirmar, solo con --i-checked, después de comprobar en Seller Central que el comprador no lo ha recibido) y envía todo lo que espera en la cola. Sin ID: solo la cola.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>you checked in Seller Central that the uncertain message did not arrive</source>
        <translation>has comprobado en Seller Central que el mensaje sin confirmar no ha llegado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>settle an uncertain message: sent or not-sent</source>
        <translation>resolver un mensaje sin confirmar: sent (enviado) o not-sent (no enviado)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>withdraw a queued message before it goes out</source>
        <translation>retirar un mensaje en espera antes de que se envíe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>write the log as CSV (UTF-8, for Excel) for an A-to-Z claim</source>
        <translation>escribir el registro como CSV (UTF-8, para Excel) para una reclamación de la Garantía de la A a la Z</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>only this message</source>
        <translation>solo este mensaje</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the folder of Composer&apos;s database and accounts, as the window&apos;s --data-dir (default: your user data and config folders)</source>
        <translation>la carpeta de la base de datos y de las cuentas de Composer, como --data-dir en la ventana (predeterminado: tus carpetas de datos y de configuración de usuario)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>note: message {id} was being sent when Composer stopped; it is now uncertain (see: composer outbox show {id})</source>
        <translation>nota: el mensaje {id} se estaba enviando cuando Composer se detuvo; ahora está sin confirmar (consulta: composer outbox show {id})</translation>
    </message>
    <message numerus="yes">
        <location line="+233"/>
        <source>%n message(s) written to {path}</source>
        <translation>
            <numerusform>%n mensaje exportado a {path}</numerusform>
            <numerusform>%n mensajes exportados a {path}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown action {action}</source>
        <translation>acción desconocida {action}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--limit must be 1 or more</source>
        <translation>--limit debe ser 1 o más</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No message matches.</source>
        <translation>Ningún mensaje coincide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The outbox is empty.</source>
        <translation>La bandeja de salida está vacía.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>text sent:</source>
        <translation>texto enviado:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check findings:</source>
        <translation>observaciones de la revisión:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>warnings confirmed ({when}):</source>
        <translation>advertencias confirmadas ({when}):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>history:</source>
        <translation>historial:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (by you)</source>
        <translation> (por ti)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>next: check the order&apos;s messages in Seller Central, then: composer outbox mark {id} sent|not-sent, or composer outbox retry {id} --i-checked</source>
        <translation>siguiente paso: consulta los mensajes del pedido en Seller Central y después: composer outbox mark {id} sent|not-sent, o composer outbox retry {id} --i-checked</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>queued again: {message}</source>
        <translation>de nuevo en la cola: {message}</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n message(s) still wait in the queue</source>
        <translation>
            <numerusform>%n mensaje sigue esperando en la cola</numerusform>
            <numerusform>%n mensajes siguen esperando en la cola</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was due to be sent.</source>
        <translation>No había nada pendiente de envío.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>reference {reference}</source>
        <translation>referencia {reference}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>message</source>
        <comment>outbox show label</comment>
        <extracomment>The labels of &quot;composer outbox show&quot;&apos;s lines (&quot;label: value&quot;).</extracomment>
        <translation>mensaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{state} (attempts: {attempts})</source>
        <extracomment>{state} is the state&apos;s name (queued, sending, sent, failed, uncertain), typed as it is.</extracomment>
        <translation>{state} (intentos: {attempts})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>state</source>
        <comment>outbox show label</comment>
        <translation>estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reason</source>
        <comment>outbox show label</comment>
        <translation>motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account</source>
        <comment>outbox show label</comment>
        <translation>cuenta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order</source>
        <comment>outbox show label</comment>
        <translation>pedido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>channel</source>
        <comment>outbox show label</comment>
        <translation>canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message type</source>
        <comment>outbox show label</comment>
        <translation>tipo de mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <comment>outbox show label</comment>
        <translation>para</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from</source>
        <comment>outbox show label</comment>
        <translation>de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject</source>
        <comment>outbox show label</comment>
        <translation>asunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attachments</source>
        <comment>outbox show label</comment>
        <translation>archivos adjuntos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{start} to {end}</source>
        <comment>warranty period</comment>
        <translation>de {start} a {end}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warranty</source>
        <comment>outbox show label</comment>
        <translation>garantía</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{category}; rules: {rules}</source>
        <extracomment>{category} is the category&apos;s id, {rules} the rule ids (or &quot;none&quot;), typed as they are.</extracomment>
        <translation>{category}; reglas: {rules}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <comment>no rule ids</comment>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check</source>
        <comment>outbox show label</comment>
        <translation>revisión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recorded</source>
        <comment>outbox show label</comment>
        <translation>registrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not before</source>
        <comment>outbox show label</comment>
        <translation>no antes de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reply reference</source>
        <comment>outbox show label</comment>
        <translation>referencia de la respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reply code</source>
        <comment>outbox show label</comment>
        <translation>código de la respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reply</source>
        <comment>outbox show label</comment>
        <translation>respuesta</translation>
    </message>
</context>
<context>
    <name>OutboxState</name>
    <message>
        <location filename="../composer/services/outbox.py" line="+124"/>
        <source>queued</source>
        <translation>en espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending</source>
        <translation>enviándose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uncertain</source>
        <translation>sin confirmar</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <location filename="../composer/ui/outbox_window.py" line="+69"/>
        <source>Outbox – Composer</source>
        <translation>Bandeja de salida – Composer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox messages</source>
        <translation>Mensajes de la bandeja de salida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message details</source>
        <translation>Detalles del mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox status</source>
        <translation>Estado de la bandeja de salida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Retry</source>
        <translation>Re&amp;intentar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I checked: send &amp;again…</source>
        <translation>Lo he comprobado: &amp;reenviar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I checked: send again</source>
        <translation>Lo he comprobado: reenviar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;sent</source>
        <translation>Marcar como &amp;enviado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark sent</source>
        <translation>Marcar como enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;not sent</source>
        <translation>Marcar como &amp;no enviado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark not sent</source>
        <translation>Marcar como no enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel sending</source>
        <translation>&amp;Cancelar el envío</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel sending</source>
        <translation>Cancelar el envío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The outbox cannot be read: {error}</source>
        <translation>No se puede leer la bandeja de salida: {error}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Nothing sent yet.</source>
        <translation>Aún no se ha enviado nada.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a message.</source>
        <translation>Elige un mensaje.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Message {id}: {outcome}</source>
        <translation>Mensaje {id}: {outcome}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <source>Not queued again: {error}</source>
        <translation>No se ha vuelto a poner en cola: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not marked: {error}</source>
        <translation>No se ha marcado: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not cancelled: {error}</source>
        <translation>No se ha cancelado: {error}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not exported: {error}</source>
        <translation>No se ha exportado: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %Ln message(s) to {path}.</source>
        <translation>
            <numerusform>Se ha exportado %Ln mensaje a {path}.</numerusform>
            <numerusform>Se han exportado %Ln mensajes a {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxWords</name>
    <message>
        <location filename="../composer/services/outbox.py" line="-45"/>
        <source>Composer stopped while this message was being sent, so it may or may not have reached the buyer. Check the order&apos;s messages in Seller Central, then mark it sent or not sent, or send it again.</source>
        <translation>Composer se detuvo mientras se enviaba este mensaje, así que no se sabe si ha llegado al comprador. Consulta los mensajes del pedido en Seller Central y márcalo como enviado o no enviado, o vuelve a enviarlo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The user checked: the buyer got it.</source>
        <translation>El usuario lo ha comprobado: el comprador lo ha recibido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user checked: the buyer got it. {note}</source>
        <translation>El usuario lo ha comprobado: el comprador lo ha recibido. {note}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user checked: the buyer did not get it.</source>
        <translation>El usuario lo ha comprobado: el comprador no lo ha recibido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user checked: the buyer did not get it. {note}</source>
        <translation>El usuario lo ha comprobado: el comprador no lo ha recibido. {note}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled by the user.</source>
        <translation>Cancelado por el usuario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled by the user. {note}</source>
        <translation>Cancelado por el usuario. {note}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>after checking it had not arrived</source>
        <translation>tras comprobar que no había llegado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>after checking it had not arrived {note}</source>
        <translation>tras comprobar que no había llegado {note}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{reason} (not before {time})</source>
        <extracomment>{reason} says why the message waits; {time} is when it may go out (UTC).</extracomment>
        <translation>{reason} (no antes de {time})</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>record the message in the outbox</source>
        <translation>registrar el mensaje en la bandeja de salida</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>start sending the message</source>
        <translation>empezar a enviar el mensaje</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>put the message back in the queue</source>
        <translation>devolver el mensaje a la cola</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>queue the message again</source>
        <translation>volver a poner el mensaje en la cola</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message {id} may have reached the buyer already. Check the order&apos;s messages in Seller Central first; send it again only if it is not there (confirm that you checked).</source>
        <translation>Puede que el mensaje {id} ya haya llegado al comprador. Consulta primero los mensajes del pedido en Seller Central; reenvíalo solo si no figura allí (confirma que lo has comprobado).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sent again</source>
        <translation>reenviar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>mark the message</source>
        <translation>marcar el mensaje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>marked sent or not sent</source>
        <translation>marcar como enviado o no enviado</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cancel the message</source>
        <translation>cancelar el mensaje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancelled</source>
        <translation>cancelar</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+42"/>
        <location line="+91"/>
        <source>read the outbox</source>
        <translation>leer la bandeja de salida</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>count the outbox</source>
        <translation>contar los mensajes de la bandeja de salida</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>read the message&apos;s attachments</source>
        <translation>leer los archivos adjuntos del mensaje</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>record the outcome of the send</source>
        <translation>registrar el resultado del envío</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>recover the interrupted sends</source>
        <translation>recuperar los envíos interrumpidos</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>read the outbox&apos;s history</source>
        <translation>leer el historial de la bandeja de salida</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>message {id}</source>
        <translation>el mensaje {id}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message {id} is waiting: Amazon asked to wait before sending again</source>
        <translation>El mensaje {id} está en espera: Amazon ha pedido esperar antes de volver a enviar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sent now</source>
        <translation>enviar ahora</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message {id} is {state}, not being sent by this Composer</source>
        <extracomment>{state} is the message&apos;s state (&quot;queued&quot;, &quot;sent&quot; …).</extracomment>
        <translation>El mensaje {id} está {state}; no es este Composer quien lo está enviando</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>outbox message {id}</source>
        <translation>el mensaje {id} de la bandeja de salida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>confirmed warnings</source>
        <translation>advertencias confirmadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coverage start</source>
        <translation>inicio de la garantía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coverage end</source>
        <translation>fin de la garantía</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>rule ids</source>
        <translation>identificadores de reglas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>confirmation time</source>
        <translation>fecha y hora de confirmación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>files</source>
        <translation>archivos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>time to wait for</source>
        <translation>fecha y hora hasta la que esperar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time of recording</source>
        <translation>fecha y hora de registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time of the last change</source>
        <translation>fecha y hora del último cambio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the history of outbox message {id}</source>
        <translation>el historial del mensaje {id} de la bandeja de salida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>actor</source>
        <translation>autor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time</source>
        <translation>fecha y hora</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot prepare sending: {folder} cannot be written ({reason})</source>
        <translation>No se puede preparar el envío: no se puede escribir en {folder} ({reason})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot prepare sending: cannot lock a file in {folder}</source>
        <translation>No se puede preparar el envío: no se puede bloquear un archivo en {folder}</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>There is no message {id} in the outbox</source>
        <translation>No hay ningún mensaje {id} en la bandeja de salida</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Message {id} is {state}: it cannot be {wanted}</source>
        <extracomment>{state} is the message&apos;s state (&quot;queued&quot;, &quot;sent&quot; …), {wanted} &quot;sent again&quot;, &quot;cancelled&quot; …</extracomment>
        <translation>El mensaje {id} está {state}: no se puede {wanted}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot record the message: {reason}</source>
        <translation>No se puede registrar el mensaje: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order id</source>
        <translation>número de pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marketplace</source>
        <translation>marketplace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message type</source>
        <translation>tipo de mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject</source>
        <translation>asunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>html</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recipient</source>
        <translation>destinatario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sender</source>
        <translation>remitente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>findings</source>
        <translation>observaciones</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the {field} must be text, not {kind}</source>
        <extracomment>{field} is &quot;order id&quot;, &quot;subject&quot; …; {kind} Python&apos;s name of a type.</extracomment>
        <translation>el campo {field} debe ser texto, no {kind}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the {field} is missing</source>
        <translation>falta el campo {field}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the {field} is longer than {limit} characters</source>
        <translation>el campo {field} tiene más de {limit} caracteres</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the {field} has an invalid character (half a surrogate pair)</source>
        <translation>el campo {field} contiene un carácter no válido (la mitad de un par suplente)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the {field} must be one line</source>
        <translation>el campo {field} debe ocupar una sola línea</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected an OutgoingMessage, not {kind}</source>
        <translation>se esperaba un OutgoingMessage, no {kind}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown channel {channel}</source>
        <translation>canal desconocido: {channel}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Composer cannot send by {channel} (only sp-api and email)</source>
        <translation>Composer no puede enviar por {channel} (solo sp-api y email)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>an SP-API message needs its message type</source>
        <translation>un mensaje de la SP-API necesita su tipo de mensaje</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a rule id: {rule}</source>
        <translation>no es un identificador de regla: {rule}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the time of confirmation must carry a time zone</source>
        <translation>la fecha y hora de confirmación debe indicar la zona horaria</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n files; at most {limit}</source>
        <translation>
            <numerusform>%n archivo; como máximo {limit}</numerusform>
            <numerusform>%n archivos; como máximo {limit}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file {name} has no bytes</source>
        <translation>el archivo {name} no contiene bytes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file {name} is larger than 10 MB</source>
        <translation>el archivo {name} ocupa más de 10 MB</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a file name: {name}</source>
        <translation>no es un nombre de archivo: {name}</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Cannot write in {folder}: {reason}</source>
        <translation>No se puede escribir en {folder}: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>No se puede escribir el archivo {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../composer/ui/preferences_dialog.py" line="+55"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default ({language})</source>
        <translation>Predeterminado del sistema ({language})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Menus, dialogs and the checks&apos; messages switch at once. Your messages and templates stay as you wrote them.</source>
        <translation>Los menús, los cuadros de diálogo y los mensajes de las comprobaciones cambian al momento. Tus mensajes y plantillas se quedan tal como los escribiste.</translation>
    </message>
</context>
<context>
    <name>SanitizeWords</name>
    <message>
        <location filename="../composer/services/sanitize.py" line="+53"/>
        <source>script</source>
        <translation>script</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>style sheet</source>
        <translation>hoja de estilos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>embedded content</source>
        <translation>contenido incrustado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>video</source>
        <translation>vídeo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image</source>
        <translation>imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>formula</source>
        <translation>fórmula</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>form</source>
        <translation>formulario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strikethrough</source>
        <translation>tachado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>superscript/subscript</source>
        <translation>superíndice/subíndice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>font size</source>
        <translation>tamaño de fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>font family</source>
        <translation>familia de fuentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>background colour</source>
        <translation>color de fondo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alignment</source>
        <translation>alineación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>margins</source>
        <translation>márgenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heading size</source>
        <translation>tamaño de encabezado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table layout</source>
        <translation>diseño de tabla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>javascript link</source>
        <translation>enlace javascript</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data link</source>
        <translation>enlace data:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file link</source>
        <translation>enlace a un archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail link</source>
        <translation>enlace de correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone link</source>
        <translation>enlace de teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link without a web address</source>
        <translation>enlace sin dirección web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra blank lines</source>
        <translation>líneas en blanco de más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>insecure (http) link</source>
        <translation>enlace no seguro (http)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text colour</source>
        <translation>color del texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line height</source>
        <translation>interlineado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>borders</source>
        <translation>bordes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letter spacing</source>
        <translation>espaciado entre letras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capitalisation style</source>
        <translation>estilo de mayúsculas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tracking pixel</source>
        <translation>píxel de seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>horizontal line</source>
        <translation>línea horizontal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden text</source>
        <translation>texto oculto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a PDF document</source>
        <translation>un documento PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a PNG image</source>
        <translation>una imagen PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>a GIF image</source>
        <translation>una imagen GIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a JPEG image</source>
        <translation>una imagen JPEG</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a ZIP archive (or a Word, Excel or OpenDocument file)</source>
        <translation>un archivo ZIP (o un archivo de Word, Excel u OpenDocument)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an old Office document</source>
        <translation>un documento antiguo de Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a program</source>
        <translation>un programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Windows program</source>
        <translation>un programa de Windows</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>too large to paste ({size} characters; the limit is {limit})</source>
        <translation>demasiado grande para pegarlo ({size} caracteres; el límite es {limit})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this is {kind}, not text</source>
        <extracomment>{kind} is &quot;a PDF document&quot;, &quot;a PNG image&quot; and the like.</extracomment>
        <translation>esto es {kind}, no texto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is binary data, not text</source>
        <translation>son datos binarios, no texto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this is binary data (or text in an unknown encoding), not text</source>
        <translation>son datos binarios (o texto con una codificación desconocida), no texto</translation>
    </message>
</context>
<context>
    <name>SendCli</name>
    <message>
        <location filename="../composer/cli_outbox.py" line="-673"/>
        <source>check a message and send it to the buyer (SP-API or e-mail)</source>
        <translation>revisar un mensaje y enviarlo al comprador (SP-API o correo electrónico)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check a message file exactly as it will be sent and send it to the buyer of an order: by the SP-API (a message type Amazon allows for the order, or the review request) or by e-mail to the buyer&apos;s anonymised Amazon address. Errors block; warnings need your confirmation (asked on a terminal, or --confirm-warnings), which is kept in the outbox. Exit status 0: sent (or, with --dry-run, nothing blocks); 1: cannot be sent as written, or not sent; 2: bad usage or an unreadable file.</source>
        <translation>Revisa un archivo de mensaje tal como se enviará y lo envía al comprador de un pedido: por la SP-API (un tipo de mensaje que Amazon permita para el pedido, o la solicitud de reseña) o por correo electrónico a la dirección anonimizada de Amazon del comprador. Los errores bloquean el envío; las advertencias necesitan tu confirmación (se pide en el terminal, o con --confirm-warnings), que queda registrada en la bandeja de salida. Estado de salida 0: enviado (o, con --dry-run, nada impide el envío); 1: no se puede enviar tal como está, o no se ha enviado; 2: uso incorrecto o archivo ilegible.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the message (.txt, .html, .eml, .json; -); none with --solicitation, whose text Amazon writes</source>
        <translation>el mensaje (.txt, .html, .eml, .json; -); ninguno con --solicitation, cuyo texto redacta Amazon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the account to send from</source>
        <translation>la cuenta desde la que se envía</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Amazon order id</source>
        <translation>el número de pedido de Amazon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the SP-API message type (default: the file&apos;s, else the one the check proposes)</source>
        <translation>el tipo de mensaje de la SP-API (predeterminado: el del archivo o, si no, el que propone la revisión)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ask Amazon to send its review and feedback request (no text of yours is sent)</source>
        <translation>pedir a Amazon que envíe su solicitud de reseña y valoración (no se envía ningún texto tuyo)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sp-api (default) or email (the default when --to is given)</source>
        <translation>sp-api (predeterminado) o email (el predeterminado si se indica --to)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e-mail: the buyer&apos;s …@marketplace.amazon… address</source>
        <translation>correo electrónico: la dirección …@marketplace.amazon… del comprador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the order&apos;s marketplace (default: the account&apos;s)</source>
        <translation>el marketplace del pedido (predeterminado: el de la cuenta)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>when the order was delivered (the review request&apos;s 5-30 day window)</source>
        <translation>cuándo se entregó el pedido (plazo de 5 a 30 días para la solicitud de reseña)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e-mail: the buyer&apos;s language (the SP-API asks Amazon for it)</source>
        <translation>correo electrónico: el idioma del comprador (con la SP-API se pregunta a Amazon)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the message answers the buyer</source>
        <translation>el mensaje responde al comprador</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a file to attach (SP-API types that take files; repeatable, at most 5)</source>
        <translation>un archivo que adjuntar (tipos de la SP-API que admiten archivos; se puede repetir, 5 como máximo)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>show what would be sent, the check and the allowed types; send nothing</source>
        <translation>mostrar lo que se enviaría, la revisión y los tipos permitidos; no enviar nada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>send despite warnings (your confirmation is recorded in the outbox)</source>
        <translation>enviar a pesar de las advertencias (tu confirmación queda registrada en la bandeja de salida)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>not a date (YYYY-MM-DD): {value}</source>
        <translation>no es una fecha (AAAA-MM-DD): {value}</translation>
    </message>
    <message numerus="yes">
        <location line="+118"/>
        <source>cannot be sent: %n problem(s) above</source>
        <translation>
            <numerusform>no se puede enviar: %n problema (ver arriba)</numerusform>
            <numerusform>no se puede enviar: %n problemas (ver arriba)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dry run: nothing was sent</source>
        <translation>simulación: no se ha enviado nada</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n warning(s) need your confirmation: send again with --confirm-warnings if you mean to send it as it is</source>
        <translation>
            <numerusform>%n advertencia necesita tu confirmación: vuelve a ejecutar el comando con --confirm-warnings si quieres enviarlo tal como está</numerusform>
            <numerusform>%n advertencias necesitan tu confirmación: vuelve a ejecutar el comando con --confirm-warnings si quieres enviarlo tal como está</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Send despite %n warning(s)? Your answer is kept in the outbox. [y/N] </source>
        <extracomment>Keep &quot;[y/N]&quot;: the answers understood are y and yes.</extracomment>
        <translation>
            <numerusform>¿Enviar a pesar de %n advertencia? Tu respuesta queda registrada en la bandeja de salida. [y/N] </numerusform>
            <numerusform>¿Enviar a pesar de %n advertencias? Tu respuesta queda registrada en la bandeja de salida. [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not sent</source>
        <translation>no enviado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>give the message FILE (only --solicitation goes without one)</source>
        <translation>indica el archivo del mensaje, FILE (solo --solicitation va sin él)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is about order {file_order}, not {order} (--order)</source>
        <translation>{file} se refiere al pedido {file_order}, no al {order} (--order)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--type and --solicitation are SP-API messages, not e-mail</source>
        <translation>--type y --solicitation son mensajes de la SP-API, no de correo electrónico</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--to is the e-mail recipient; the SP-API knows the buyer by the order</source>
        <translation>--to es el destinatario del correo electrónico; la SP-API identifica al comprador por el pedido</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{file} names attachments; give the files with --attach FILE (the SP-API uploads them)</source>
        <translation>{file} menciona archivos adjuntos; indica los archivos con --attach FILE (la SP-API los sube)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>account {account}, order {order}, Amazon.{domain} ({marketplace}), {channel}</source>
        <translation>cuenta {account}, pedido {order}, Amazon.{domain} ({marketplace}), {channel}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(none chosen)</source>
        <translation>(no se ha elegido ninguno)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message type: {type}</source>
        <translation>tipo de mensaje: {type}</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+93"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon allows a review request for this order now: {answer}</source>
        <translation>Amazon permite ahora una solicitud de reseña para este pedido: {answer}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none at the moment</source>
        <translation>ninguno por ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>types Amazon allows for this order: {types}</source>
        <translation>tipos que Amazon permite para este pedido: {types}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>buyer&apos;s language (Amazon): {language}</source>
        <translation>idioma del comprador (Amazon): {language}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no address)</source>
        <translation>(sin dirección)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to: {address}</source>
        <translation>para: {address}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from: {address}</source>
        <translation>de: {address}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject: {subject}</source>
        <translation>asunto: {subject}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>attachment: {name} ({size} bytes)</source>
        <translation>archivo adjunto: {name} ({size} bytes)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>text sent:</source>
        <translation>texto enviado:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>text sent: none (Amazon writes the review request)</source>
        <translation>texto enviado: ninguno (Amazon redacta la solicitud de reseña)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check: {category}: {reason}</source>
        <extracomment>{category} is the category&apos;s id (e.g. &quot;allowed&quot;), typed as it is.</extracomment>
        <translation>revisión: {category}: {reason}</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>{file}: is a folder; send one message at a time</source>
        <translation>{file}: es una carpeta; envía los mensajes de uno en uno</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>sent: outbox message {id}{reference}</source>
        <extracomment>{reference} is empty or Amazon&apos;s reference in brackets: &quot; (…)&quot;.</extracomment>
        <translation>enviado: mensaje {id} de la bandeja de salida{reference}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not sent yet: outbox message {id} waits in the queue: {reason} Send it with: composer outbox retry</source>
        <translation>aún no enviado: el mensaje {id} de la bandeja de salida espera en la cola: {reason} Envíalo con: composer outbox retry</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>uncertain: outbox message {id}: {reason} Then: composer outbox mark {id} sent|not-sent</source>
        <translation>sin confirmar: mensaje {id} de la bandeja de salida: {reason} Después: composer outbox mark {id} sent|not-sent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>failed: outbox message {id}{code}: {reason}</source>
        <extracomment>{code} is empty or Amazon&apos;s error code in brackets: &quot; […]&quot;.</extracomment>
        <translation>fallido: mensaje {id} de la bandeja de salida{code}: {reason}</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../composer/ui/send_dialog.py" line="+77"/>
        <source>Selling Partner API</source>
        <translation>Selling Partner API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail to the buyer&apos;s address</source>
        <translation>Correo electrónico a la dirección del comprador</translation>
    </message>
    <message>
        <location line="+256"/>
        <location line="+1"/>
        <source>Send the message</source>
        <translation>Enviar el mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route</source>
        <translation>Vía de envío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order:</source>
        <translation>Pedido:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account:</source>
        <translation>C&amp;uenta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts…</source>
        <translation>Cuentas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Marketplace:</source>
        <translation>Mar&amp;ketplace:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;by:</source>
        <translation>En&amp;viar por:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send by</source>
        <translation>Enviar por</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Route note</source>
        <translation>Nota sobre la vía de envío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message &amp;type:</source>
        <translation>&amp;Tipo de mensaje:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message type</source>
        <translation>Tipo de mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer&apos;s &amp;address:</source>
        <translation>&amp;Dirección del comprador:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer&apos;s address</source>
        <translation>Dirección del comprador</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached files</source>
        <translation>Archivos adjuntados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;files…</source>
        <translation>Añadir &amp;archivos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add files</source>
        <translation>Añadir archivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected files</source>
        <translation>Quitar los archivos seleccionados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files the type takes</source>
        <translation>Archivos que admite el tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files not attached</source>
        <translation>Archivos no adjuntados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check status</source>
        <translation>Estado de la comprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What will be sent</source>
        <translation>Lo que se enviará</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message header</source>
        <translation>Encabezado del mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text to be sent</source>
        <translation>Texto que se enviará</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot be sent:</source>
        <translation>No se puede enviar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it cannot be sent</source>
        <translation>Por qué no se puede enviar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Warnings:&lt;/b&gt; tick each one you have read and want to send anyway</source>
        <translation>&lt;b&gt;Advertencias:&lt;/b&gt; marca cada una tras leerla si quieres enviar de todos modos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings to confirm</source>
        <translation>Advertencias por confirmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;outbox</source>
        <translation>Abrir la &amp;bandeja de salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the outbox</source>
        <translation>Abrir la bandeja de salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The type the check proposes</source>
        <translation>El tipo que propone la revisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+373"/>
        <source>Amazon&apos;s review request (Solicitations API)</source>
        <translation>Solicitud de reseña de Amazon (Solicitations API)</translation>
    </message>
    <message>
        <location line="-368"/>
        <source>{type} – not allowed for this order</source>
        <translation>{type} – no permitido para este pedido</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>&amp;Check with Amazon</source>
        <translation>&amp;Comprobar con Amazon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Check</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seller Central&apos;s Contact Buyer form cannot be filled from Composer: copy the message (File › Copy as plain text) and paste it there, or send it here by the SP-API or e-mail.</source>
        <translation>Composer no puede rellenar el formulario Contactar con el comprador de Seller Central: copia el mensaje (Archivo › Copiar como texto sin formato) y pégalo allí, o envíalo desde aquí por la SP-API o por correo electrónico.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no seller account yet: add one with Accounts….</source>
        <translation>Aún no hay ninguna cuenta de vendedor: configura una con el botón Cuentas…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{account}” has no SP-API credentials: add them in Accounts…, or send by e-mail.</source>
        <translation>«{account}» no tiene credenciales de la SP-API: configúralas en Cuentas… o envía por correo electrónico.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{account}” has no mail server and sender: add them in Accounts…, or send by the SP-API.</source>
        <translation>«{account}» no tiene servidor de correo ni remitente: configúralos en Cuentas… o envía por la SP-API.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none: fill in the Order ID in the window&apos;s order fields</source>
        <translation>ninguno: indica el número de pedido en los datos del pedido de la ventana</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Documents and images ({patterns})</source>
        <translation>Documentos e imágenes ({patterns})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>{file}: already attached</source>
        <translation>{file}: ya está adjuntado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: not added: this message type takes no files</source>
        <translation>{file}: no se ha añadido: este tipo de mensaje no admite archivos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: not added: this message type takes at most {count}</source>
        <translation>{file}: no se ha añadido: este tipo de mensaje admite como máximo {count}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file}: not added: with it the files come to {size}, more than the 10 MB Amazon takes per message</source>
        <translation>{file}: no se ha añadido: con él los archivos sumarían {size}, más de los 10 MB que Amazon admite por mensaje</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the message type to see how many files it takes.</source>
        <translation>Elige el tipo de mensaje para ver cuántos archivos admite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This type takes no files.</source>
        <translation>Este tipo no admite archivos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This type takes up to {high} files.</source>
        <translation>Este tipo admite hasta {high} archivos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This type takes {low} to {high} files.</source>
        <translation>Este tipo requiere de {low} a {high} archivos.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no address)</source>
        <translation>(sin dirección)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text below goes as the plain-text part, beside an HTML part with the same content and Amazon-safe formatting. Composer never adds “[Important]” to the subject: Amazon withdrew that override in 2025.</source>
        <translation>El texto de abajo se envía como parte de texto sin formato, junto a una parte HTML con el mismo contenido y un formato apto para Amazon. Composer nunca incluye «[Important]» en el asunto: Amazon retiró esa excepción en 2025.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+19"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>{type} (proposed by the check)</source>
        <translation>{type} (propuesto por la revisión)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SP-API message:</source>
        <translation>Mensaje de la SP-API:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{type} to the buyer of order {order} on {marketplace}</source>
        <translation>{type} al comprador del pedido {order} en {marketplace}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Amazon allows for this order:</source>
        <translation>Amazon permite para este pedido:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Buyer&apos;s language (from Amazon):</source>
        <translation>Idioma del comprador (según Amazon):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon writes the review request itself: no text of yours is sent.</source>
        <translation>Amazon redacta la solicitud de reseña: no se envía ningún texto tuyo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Category:</source>
        <translation>Categoría:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Amazon&apos;s own review request; nothing to check.</source>
        <translation>Solicitud de reseña de la propia Amazon; no hay nada que revisar.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Changed since the check: check again before sending.</source>
        <translation>Ha cambiado desde la revisión: vuelve a revisarlo antes de enviarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asking Amazon about the order…</source>
        <translation>Consultando el pedido a Amazon…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking…</source>
        <translation>Revisando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready to send.</source>
        <translation>Listo para enviar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the warnings and tick each one to send anyway.</source>
        <translation>Lee las advertencias y márcalas todas para enviar de todos modos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot be checked: {error}</source>
        <translation>No se puede revisar: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>This message cannot be sent: %n reason(s) below.</source>
        <translation>
            <numerusform>Este mensaje no se puede enviar por %n motivo (ver abajo).</numerusform>
            <numerusform>Este mensaje no se puede enviar por %n motivos (ver abajo).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{count} of {limit} characters</source>
        <translation>{count} de {limit} caracteres</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{length} – %Ln too many</source>
        <translation>
            <numerusform>{length} – %Ln de más</numerusform>
            <numerusform>{length} – %Ln de más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln carácter</numerusform>
            <numerusform>%Ln caracteres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>I have read this and send anyway</source>
        <translation>Lo he leído y quiero enviarlo de todos modos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send anyway: {warning}</source>
        <translation>Enviar de todos modos: {warning}</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Not sent: {error}</source>
        <translation>No enviado: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending… (message {id} is in the outbox; closing this dialog does not stop it)</source>
        <translation>Enviando… (el mensaje {id} está en la bandeja de salida; cerrar este cuadro de diálogo no detiene el envío)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Composer failed while sending: {error}. See the outbox.</source>
        <translation>Error de Composer al enviar: {error}. Consulta la bandeja de salida.</translation>
    </message>
</context>
<context>
    <name>SendWords</name>
    <message>
        <location filename="../composer/services/sending.py" line="+141"/>
        <source>Cannot be sent: {reasons}</source>
        <translation>No se puede enviar: {reasons}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>; </source>
        <comment>list separator</comment>
        <translation>; </translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Cannot be sent</source>
        <translation>No se puede enviar</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n warning(s) need your confirmation before sending: {warnings}</source>
        <translation>
            <numerusform>%n advertencia necesita tu confirmación antes de enviar: {warnings}</numerusform>
            <numerusform>%n advertencias necesitan tu confirmación antes de enviar: {warnings}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+132"/>
        <source>The order id is missing</source>
        <translation>Falta el número de pedido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Composer cannot send by {channel}; use sp-api or email</source>
        <translation>Composer no puede enviar por {channel}; usa sp-api o email</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Account {name} has no SP-API credentials; add them with composer accounts set-secret {account} lwa_client_id (and lwa_client_secret, refresh_token)</source>
        <translation>La cuenta {name} no tiene credenciales de la SP-API; configúralas con composer accounts set-secret {account} lwa_client_id (y lwa_client_secret, refresh_token)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Amazon cannot be reached ({reason}), so the message types this order allows and the buyer&apos;s language are not known. If you send, the message waits and goes out when the network is back; Amazon refuses it then if the type is not allowed.</source>
        <translation>No se puede conectar con Amazon ({reason}), así que no se sabe qué tipos de mensaje admite este pedido ni cuál es el idioma del comprador. Si lo envías, el mensaje queda en espera y se enviará cuando vuelva la conexión; entonces Amazon lo rechazará si el tipo no está permitido.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>none known</source>
        <translation>no se conoce ninguno</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the message type (the check proposes none); allowed: {choices}</source>
        <translation>Elige el tipo de mensaje (la comprobación no propone ninguno); permitidos: {choices}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none at the moment</source>
        <translation>ninguno por ahora</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amazon does not allow a {type} message for order {order} now (allowed: {choices})</source>
        <translation>Amazon no permite ahora un mensaje de tipo {type} para el pedido {order} (permitidos: {choices})</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Amazon writes the review request itself: your text and files are not sent</source>
        <translation>Amazon redacta la solicitud de reseña: tu texto y tus archivos no se envían</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A review may be requested from 5 to 30 days after delivery: for this order from {first} to {last} (today is {today})</source>
        <translation>Solo se puede solicitar una reseña de 5 a 30 días después de la entrega: para este pedido, entre {first} y {last} (hoy es {today})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A review was already requested for order {order} (outbox message {id}, {state}); Amazon allows one per order</source>
        <translation>Ya se ha solicitado una reseña para el pedido {order} (mensaje {id} de la bandeja de salida, {state}); Amazon solo permite una por pedido</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A proactive message was already sent for order {order} (outbox message {id}); Amazon allows one review request or free-form proactive message per order, so it may refuse this one</source>
        <translation>Ya se ha enviado un mensaje proactivo para el pedido {order} (mensaje {id} de la bandeja de salida); Amazon permite una sola solicitud de reseña o un solo mensaje proactivo de texto libre por pedido, así que puede rechazar esta solicitud</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Amazon does not offer a review request for order {order} now: outside 5 to 30 days after delivery, not shipped yet, or already requested</source>
        <translation>Amazon no ofrece ahora una solicitud de reseña para el pedido {order}: está fuera del plazo de 5 a 30 días después de la entrega, aún no se ha enviado o ya se ha solicitado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Amazon cannot be reached ({reason}), so whether it allows a review request for this order is not known. If you send, the request waits and goes out when the network is back.</source>
        <translation>No se puede conectar con Amazon ({reason}), así que no se sabe si permite una solicitud de reseña para este pedido. Si la envías, la solicitud queda en espera y se enviará cuando vuelva la conexión.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Account {name} has no e-mail settings (SMTP server and authorised sender address)</source>
        <translation>La cuenta {name} no tiene configurado el correo electrónico (servidor SMTP y dirección de remitente autorizado)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message types and the review request are SP-API messages; an e-mail has none</source>
        <translation>Los tipos de mensaje y la solicitud de reseña son propios de la SP-API; un correo electrónico no los tiene</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The buyer&apos;s address (…@marketplace.amazon…) is missing</source>
        <translation>Falta la dirección del comprador (…@marketplace.amazon…)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+403"/>
        <source>Composer sends files by the SP-API only</source>
        <translation>Composer solo envía archivos por la SP-API</translation>
    </message>
    <message>
        <location line="-304"/>
        <source>The same message is already in the outbox for order {order} (message {id}, {state}, {recorded} UTC); the buyer would get it twice</source>
        <translation>El mismo mensaje ya está en la bandeja de salida para el pedido {order} (mensaje {id}, {state}, {recorded} UTC); el comprador lo recibiría dos veces</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A review was requested for order {order} already (outbox message {id}); Amazon allows one review request or free-form proactive message per order</source>
        <translation>Ya se ha solicitado una reseña para el pedido {order} (mensaje {id} de la bandeja de salida); Amazon permite una sola solicitud de reseña o un solo mensaje proactivo de texto libre por pedido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A proactive message was sent for order {order} already (outbox message {id}); Amazon allows one review request or free-form proactive message per order</source>
        <translation>Ya se ha enviado un mensaje proactivo para el pedido {order} (mensaje {id} de la bandeja de salida); Amazon permite una sola solicitud de reseña o un solo mensaje proactivo de texto libre por pedido</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This message was handed over already</source>
        <translation>Este mensaje ya se ha entregado para su envío</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A review was already requested for this order (outbox message {id})</source>
        <translation>Ya se ha solicitado una reseña para este pedido (mensaje {id} de la bandeja de salida)</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Marketplace {code} is served by the {region} region; account {name} is in {account_region}</source>
        <translation>El marketplace {code} pertenece a la región {region}; la cuenta {name} está en la región {account_region}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Account {name}: {reason}</source>
        <translation>Cuenta {name}: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Composer cannot send by {channel}</source>
        <translation>Composer no puede enviar por {channel}</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Amazon removed the {type} message type on {date}</source>
        <translation>Amazon retiró el tipo de mensaje {type} el {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown message type {type}; known: {known}</source>
        <translation>Tipo de mensaje desconocido: {type}; conocidos: {known}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Amazon forbids this message: {reason}</source>
        <translation>Amazon prohíbe este mensaje: {reason}</translation>
    </message>
</context>
<context>
    <name>SendingHub</name>
    <message>
        <location filename="../composer/ui/sending_hub.py" line="+263"/>
        <source>The outbox cannot be opened: {error}</source>
        <translation>No se puede abrir la bandeja de salida: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sending the waiting messages failed: {error}</source>
        <translation>Error al enviar los mensajes en espera: {error}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The outbox cannot be read: {error}</source>
        <translation>No se puede leer la bandeja de salida: {error}</translation>
    </message>
</context>
<context>
    <name>StoreWords</name>
    <message>
        <location filename="../composer/services/store.py" line="+283"/>
        <location line="+380"/>
        <location line="+19"/>
        <source>open the database</source>
        <translation>abrir la base de datos</translation>
    </message>
    <message>
        <location line="-372"/>
        <source>Cannot set aside {path}: there is no such file</source>
        <translation>No se puede apartar {path}: el archivo no existe</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot set aside {path}: {reason}</source>
        <translation>No se puede apartar {path}: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>close</source>
        <translation>cerrar la base de datos</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>save the draft</source>
        <translation>guardar el borrador</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>read the draft</source>
        <translation>leer el borrador</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>list the drafts</source>
        <translation>listar los borradores</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>rename the draft</source>
        <translation>cambiar el nombre del borrador</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>delete the draft</source>
        <translation>eliminar el borrador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>find the last draft</source>
        <translation>buscar el último borrador</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>save the template</source>
        <translation>guardar la plantilla</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>read the template</source>
        <translation>leer la plantilla</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>list the templates</source>
        <translation>listar las plantillas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>delete the template</source>
        <translation>eliminar la plantilla</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>import the templates</source>
        <translation>importar las plantillas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ignore the rule</source>
        <translation>ignorar la regla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stop ignoring the rule</source>
        <translation>dejar de ignorar la regla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>read the ignored rules</source>
        <translation>leer las reglas ignoradas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ignore the finding</source>
        <translation>ignorar la observación</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>stop ignoring the finding</source>
        <translation>dejar de ignorar la observación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>read the ignored findings</source>
        <translation>leer las observaciones ignoradas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>read the schema version</source>
        <translation>leer la versión del esquema</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path} is another program&apos;s database, not Composer&apos;s</source>
        <translation>{path} es la base de datos de otro programa, no de Composer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} was written by a newer Composer (schema version {version}; this one reads up to {known}): update Composer to open it</source>
        <translation>{path} lo ha escrito una versión más reciente de Composer (versión de esquema {version}; esta versión lee hasta la {known}): actualiza Composer para abrirlo</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{path} is damaged ({problem})</source>
        <translation>{path} está dañado ({problem})</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not bring {path} from schema version {version} to {target}: {reason}</source>
        <translation>No se pudo actualizar {path} de la versión de esquema {version} a la {target}: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{path} has been closed</source>
        <translation>{path} se ha cerrado</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>draft {id}</source>
        <translation>borrador {id}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>order date</source>
        <translation>fecha del pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivery date</source>
        <translation>fecha de entrega</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+102"/>
        <source>template {id}</source>
        <translation>plantilla {id}</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>time of saving</source>
        <translation>fecha y hora de guardado</translation>
    </message>
    <message>
        <location filename="../composer/services/outbox.py" line="-504"/>
        <location filename="../composer/services/store.py" line="+6"/>
        <source>{path} is damaged: {where} has an unreadable {field} ({value})</source>
        <extracomment>{where} is &quot;draft 3&quot;, {field} &quot;order date&quot;, {value} the stored value as it is.</extracomment>
        <translation>{path} está dañado: en {where}, el campo {field} no se puede leer ({value})</translation>
    </message>
    <message>
        <location filename="../composer/services/store.py" line="+15"/>
        <source>{file}: {problem}</source>
        <extracomment>{file} is the file&apos;s name; {problem} completes it (&quot;is not UTF-8 text, …&quot;).</extracomment>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot be read ({reason})</source>
        <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is larger than {size} MB</source>
        <translation>ocupa más de {size} MB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is not UTF-8 text, so not a template file</source>
        <translation>no es texto UTF-8, así que no es un archivo de plantillas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not valid JSON (line {line}, column {column}: {problem})</source>
        <translation>no es JSON válido (línea {line}, columna {column}: {problem})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not valid JSON ({problem})</source>
        <translation>no es JSON válido ({problem})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a template file (nested too deeply)</source>
        <translation>no es un archivo de plantillas (anidamiento demasiado profundo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a Composer template file (no {field})</source>
        <extracomment>{field} is the JSON that is missing, as it is.</extracomment>
        <translation>no es un archivo de plantillas de Composer (falta {field})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has no valid {field} (a whole number, 1 or more)</source>
        <translation>no tiene un {field} válido (un número entero, 1 o mayor)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>was made by a newer Composer (format version {version}; this one reads up to {known}): update Composer to import it</source>
        <translation>lo ha creado una versión más reciente de Composer (versión de formato {version}; esta versión lee hasta la {known}): actualiza Composer para importarlo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has an unknown field {field}</source>
        <translation>tiene un campo desconocido: {field}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} must be text</source>
        <translation>{field} debe ser texto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has no {field} list</source>
        <translation>no tiene la lista {field}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where} is not an object with a name, subject and body_html</source>
        <translation>{where} no es un objeto con name, subject y body_html</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where} has an unknown field {field}</source>
        <translation>{where} tiene un campo desconocido: {field}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{where} has no {field}</source>
        <translation>{where}: falta {field}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: {field} must be text, not {kind}</source>
        <extracomment>{kind} is what the JSON holds instead: &quot;a number&quot;, &quot;a list&quot;, &quot;null&quot; …</extracomment>
        <translation>{where}: {field} debe ser texto, no {kind}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: {field} {problem}</source>
        <extracomment>{problem} is &quot;is longer than 200 characters&quot; and the like.</extracomment>
        <translation>{where}: {field} {problem}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: {field} is empty</source>
        <translation>{where}: {field} está vacío</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is longer than {limit} characters</source>
        <translation>tiene más de {limit} caracteres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contains an invalid character (half of a surrogate pair)</source>
        <translation>contiene un carácter no válido (la mitad de un par suplente)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contains a control character ({code})</source>
        <translation>contiene un carácter de control ({code})</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>{path} is a folder, not a database</source>
        <translation>{path} es una carpeta, no una base de datos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} is not a database (not an SQLite file)</source>
        <translation>{path} no es una base de datos (no es un archivo SQLite)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open {path}: {reason}</source>
        <translation>No se puede abrir {path}: {reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+13"/>
        <source>{file}: cannot be written ({reason})</source>
        <translation>{file}: no se puede escribir ({reason})</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+7"/>
        <source>is in use by another program, perhaps another Composer window</source>
        <translation>está en uso por otro programa, quizá otra ventana de Composer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is not a database</source>
        <translation>no es una base de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is damaged</source>
        <translation>está dañado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot be written: the disk is full</source>
        <translation>no se puede escribir: el disco está lleno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is read-only</source>
        <translation>es de solo lectura</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>may not be opened (permission denied)</source>
        <translation>no se puede abrir (permiso denegado)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot be opened</source>
        <translation>no se puede abrir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot be read or written (a disk error)</source>
        <translation>no se puede leer ni escribir (error de disco)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not {action}: {path} {problem} ({reason})</source>
        <extracomment>{action} is what was being done (&quot;save the draft&quot;), {problem} &quot;is read-only&quot; and the like, {reason} SQLite&apos;s own words.</extracomment>
        <translation>No se pudo {action}: {path} {problem} ({reason})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not {action}: {path}: {reason}</source>
        <translation>No se pudo {action}: {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../composer/ui/templates_dialog.py" line="+81"/>
        <location line="+2"/>
        <source>Forbidden message ({purpose})</source>
        <translation>Mensaje prohibido ({purpose})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not be checked: {reason}</source>
        <translation>No se pudo revisar: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amazon would refuse this template: {problems}.</source>
        <translation>Amazon rechazaría esta plantilla: {problems}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passes the checks.</source>
        <translation>Supera las comprobaciones.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amazon would refuse this template:
{problems}</source>
        <translation>Amazon rechazaría esta plantilla:
{problems}</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Composer templates ({patterns})</source>
        <translation>Plantillas de Composer ({patterns})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files ({patterns})</source>
        <translation>Todos los archivos ({patterns})</translation>
    </message>
    <message>
        <location line="+559"/>
        <source>template</source>
        <comment>a file name</comment>
        <translation>plantilla</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location line="-416"/>
        <location line="+1"/>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template preview</source>
        <translation>Vista previa de la plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template check</source>
        <translation>Revisión de la plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates message</source>
        <translation>Aviso de las plantillas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use template</source>
        <translation>Usar la plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save current message as template…</source>
        <translation>Guardar el mensaje actual como plantilla…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected templates…</source>
        <translation>Plantillas seleccionadas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All templates…</source>
        <translation>Todas las plantillas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no message to save</source>
        <translation>No hay ningún mensaje que guardar</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The templates could not be read: {error}</source>
        <translation>No se pudieron leer las plantillas: {error}</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+82"/>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>{name}, subject: {subject}</source>
        <translation>{name}, asunto: {subject}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+82"/>
        <source>Being checked…</source>
        <translation>Revisando…</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>No template selected.</source>
        <translation>No hay ninguna plantilla seleccionada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No templates yet: save the current message as one, or import a file.</source>
        <translation>Aún no hay plantillas: guarda el mensaje actual como plantilla o importa un archivo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This template cannot be used: {reason}</source>
        <translation>Esta plantilla no se puede usar: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not filled in from the order: {names}.</source>
        <translation>Sin rellenar con los datos del pedido: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out when inserted: {removed}.</source>
        <translation>Omitido al insertar: {removed}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“{name}” cannot be used: its body is not text.</source>
        <translation>«{name}» no se puede usar: su cuerpo no es texto.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+16"/>
        <source>A template needs a name (one line of text).</source>
        <translation>Una plantilla necesita un nombre (una línea de texto).</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The template could not be saved: {error}</source>
        <translation>No se pudo guardar la plantilla: {error}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{name}” is gone (deleted in another window).</source>
        <translation>«{name}» ya no existe (se eliminó en otra ventana).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template could not be renamed: {error}</source>
        <translation>No se pudo cambiar el nombre de la plantilla: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The templates could not be deleted: {error}</source>
        <translation>No se pudieron eliminar las plantillas: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted “{name}”.</source>
        <translation>Se ha eliminado «{name}».</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Deleted %Ln template(s).</source>
        <translation>
            <numerusform>Se ha eliminado %Ln plantilla.</numerusform>
            <numerusform>Se han eliminado %Ln plantillas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was imported: {error}</source>
        <translation>No se ha importado nada: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Imported %Ln template(s) from {file}.</source>
        <translation>
            <numerusform>Se ha importado %Ln plantilla de {file}.</numerusform>
            <numerusform>Se han importado %Ln plantillas de {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was exported: a selected template was deleted meanwhile.</source>
        <translation>No se ha exportado nada: entretanto se eliminó una plantilla seleccionada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was exported: {error}</source>
        <translation>No se ha exportado nada: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %Ln template(s) to {file}.</source>
        <translation>
            <numerusform>Se ha exportado %Ln plantilla a {file}.</numerusform>
            <numerusform>Se han exportado %Ln plantillas a {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Renamed to “{name}” (“{asked}” is taken).</source>
        <translation>Nombre cambiado a «{name}» («{asked}» ya existe).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved as “{name}” (“{asked}” is taken).</source>
        <translation>Guardada como «{name}» («{asked}» ya existe).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renamed to “{name}”.</source>
        <translation>Nombre cambiado a «{name}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved as “{name}”.</source>
        <translation>Guardada como «{name}».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as template</source>
        <translation>Guardar como plantilla</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>Template name:</source>
        <translation>Nombre de la plantilla:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename template</source>
        <translation>Cambiar el nombre de la plantilla</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete “{name}” for good?</source>
        <translation>¿Eliminar «{name}» definitivamente?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %Ln template(s) for good?</source>
        <translation>
            <numerusform>¿Eliminar %Ln plantilla definitivamente?</numerusform>
            <numerusform>¿Eliminar %Ln plantillas definitivamente?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete templates</source>
        <translation>Eliminar plantillas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import templates</source>
        <translation>Importar plantillas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Composer templates</source>
        <comment>a file name</comment>
        <translation>Plantillas de Composer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export templates</source>
        <translation>Exportar plantillas</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../composer/policy/classifier.py" line="+164"/>
        <source>[Important] on a message that is not critical</source>
        <translation>[Important] en un mensaje no crítico</translation>
    </message>
    <message>
        <location line="+109"/>
        <location filename="../composer/ui/panel.py" line="-37"/>
        <source>Forbidden: {purposes}.</source>
        <translation>Prohibido: {purposes}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Critical to completing the order: {purposes}.</source>
        <translation>Crítico para completar el pedido: {purposes}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Permitted, not critical: a reply to the buyer.</source>
        <translation>Permitido, no crítico: una respuesta al comprador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Permitted, not critical: no specific purpose recognised.</source>
        <translation>Permitido, no crítico: no se ha reconocido ninguna finalidad concreta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Permitted, not critical (it will not reach buyers who opted out): {purposes}.</source>
        <translation>Permitido, no crítico (no llegará a los compradores que hayan desactivado los mensajes no solicitados): {purposes}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; </source>
        <extracomment>Between the purposes of a message in one sentence.</extracomment>
        <translation>; </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{purpose} (“{sentence}”)</source>
        <extracomment>A purpose and the sentence that showed it, quoted.</extracomment>
        <translation>{purpose} («{sentence}»)</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../composer/policy/rules/attachments.py" line="+42"/>
        <source>the name says it is marketing (“{cue}”)</source>
        <translation>el nombre indica que es material de marketing («{cue}»)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a .{extension} file is rarely instructions, warranty or an invoice</source>
        <translation>un archivo .{extension} rara vez contiene instrucciones, información de garantía o una factura</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage guides and e-books (“{cue}”) read as marketing unless they are the product&apos;s manual</source>
        <translation>las guías de uso y los libros electrónicos («{cue}») se consideran marketing salvo que sean el manual del producto</translation>
    </message>
    <message>
        <location filename="../composer/policy/rules/envelope.py" line="+166"/>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the tag no longer lets a message through an opt-out (2025); choose a critical message type instead</source>
        <translation>desde 2025 la etiqueta ya no hace llegar un mensaje a quien ha desactivado los mensajes no solicitados; elige en su lugar un tipo de mensaje crítico</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it marks a message as critical when its content is not</source>
        <translation>marca como crítico un mensaje cuyo contenido no lo es</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a translated tag never let a message through an opt-out, and it reads as a misused [Important]</source>
        <translation>una etiqueta traducida nunca ha hecho llegar un mensaje a quien ha desactivado los mensajes no solicitados, y parece un [Important] mal usado</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>HTML is not allowed; the text is sent as plain text</source>
        <translation>no se permite HTML; el texto se envía sin formato</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the {type} type sends attachments only, no text</source>
        <translation>el tipo {type} solo envía archivos adjuntos, no texto</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{count} characters; {type} allows {limit}</source>
        <translation>{count} caracteres; {type} admite {limit}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the {type} type takes no attachments</source>
        <translation>el tipo {type} no admite archivos adjuntos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} attachments; {type} takes {low} to {high}</source>
        <translation>{count} archivos adjuntos; {type} admite de {low} a {high}</translation>
    </message>
    <message>
        <location filename="../composer/policy/rules/links.py" line="+183"/>
        <source>a {scheme}: link</source>
        <translation>un enlace {scheme}:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a shortened link hides where it goes</source>
        <translation>un enlace acortado oculta su destino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it leads to {host}</source>
        <translation>lleva a {host}</translation>
    </message>
    <message>
        <location filename="../composer/policy/rules/styling.py" line="+320"/>
        <source>image without alt text</source>
        <translation>imagen sin texto alternativo</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>link text that does not say where it goes</source>
        <translation>texto de enlace que no indica su destino</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>text colour too light to read on white</source>
        <translation>color de texto demasiado claro para leerse sobre blanco</translation>
    </message>
    <message>
        <location filename="../composer/policy/rules/spelling.py" line="-51"/>
        <source>Replace with “{word}”</source>
        <translation>Sustituir por «{word}»</translation>
    </message>
</context>
<context>
    <name>country</name>
    <message>
        <location filename="../composer/services/marketplaces.py" line="-185"/>
        <source>United States</source>
        <comment>US</comment>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Canada</source>
        <comment>CA</comment>
        <translation>Canadá</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mexico</source>
        <comment>MX</comment>
        <translation>México</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Brazil</source>
        <comment>BR</comment>
        <translation>Brasil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>United Kingdom</source>
        <comment>UK</comment>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Germany</source>
        <comment>DE</comment>
        <translation>Alemania</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>France</source>
        <comment>FR</comment>
        <translation>Francia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Italy</source>
        <comment>IT</comment>
        <translation>Italia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spain</source>
        <comment>ES</comment>
        <translation>España</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Netherlands</source>
        <comment>NL</comment>
        <translation>Países Bajos</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sweden</source>
        <comment>SE</comment>
        <translation>Suecia</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Poland</source>
        <comment>PL</comment>
        <translation>Polonia</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Belgium</source>
        <comment>BE</comment>
        <translation>Bélgica</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Ireland</source>
        <comment>IE</comment>
        <translation>Irlanda</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Turkey</source>
        <comment>TR</comment>
        <translation>Turquía</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>United Arab Emirates</source>
        <comment>AE</comment>
        <translation>Emiratos Árabes Unidos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saudi Arabia</source>
        <comment>SA</comment>
        <translation>Arabia Saudí</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Egypt</source>
        <comment>EG</comment>
        <translation>Egipto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>South Africa</source>
        <comment>ZA</comment>
        <translation>Sudáfrica</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>India</source>
        <comment>IN</comment>
        <translation>India</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Japan</source>
        <comment>JP</comment>
        <translation>Japón</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Australia</source>
        <comment>AU</comment>
        <translation>Australia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Singapore</source>
        <comment>SG</comment>
        <translation>Singapur</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <location filename="../composer/policy/data_strings.py" line="+1366"/>
        <source>English</source>
        <comment>en</comment>
        <extracomment>The name of the language en.</extracomment>
        <translation>inglés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>German</source>
        <comment>de</comment>
        <extracomment>The name of the language de.</extracomment>
        <translation>alemán</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>French</source>
        <comment>fr</comment>
        <extracomment>The name of the language fr.</extracomment>
        <translation>francés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spanish</source>
        <comment>es</comment>
        <extracomment>The name of the language es.</extracomment>
        <translation>español</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Italian</source>
        <comment>it</comment>
        <extracomment>The name of the language it.</extracomment>
        <translation>italiano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portuguese</source>
        <comment>pt</comment>
        <extracomment>The name of the language pt.</extracomment>
        <translation>portugués</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dutch</source>
        <comment>nl</comment>
        <extracomment>The name of the language nl.</extracomment>
        <translation>neerlandés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polish</source>
        <comment>pl</comment>
        <extracomment>The name of the language pl.</extracomment>
        <translation>polaco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latvian</source>
        <comment>lv</comment>
        <extracomment>The name of the language lv.</extracomment>
        <translation>letón</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basque</source>
        <comment>eu</comment>
        <extracomment>The name of the language eu.</extracomment>
        <translation>euskera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Russian</source>
        <comment>ru</comment>
        <extracomment>The name of the language ru.</extracomment>
        <translation>ruso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arabic</source>
        <comment>ar</comment>
        <extracomment>The name of the language ar.</extracomment>
        <translation>árabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persian</source>
        <comment>fa</comment>
        <extracomment>The name of the language fa.</extracomment>
        <translation>persa</translation>
    </message>
</context>
<context>
    <name>message-type</name>
    <message>
        <location line="-357"/>
        <source>Confirm customization details</source>
        <comment>confirmCustomizationDetails</comment>
        <extracomment>SP-API message type confirmCustomizationDetails (critical): Seller Central&apos;s name.</extracomment>
        <translation>Confirmar los detalles de personalización</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Confirm delivery details</source>
        <comment>confirmDeliveryDetails</comment>
        <extracomment>SP-API message type confirmDeliveryDetails (critical): Seller Central&apos;s name.</extracomment>
        <translation>Confirmar los detalles de entrega</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm order details</source>
        <comment>confirmOrderDetails</comment>
        <extracomment>SP-API message type confirmOrderDetails (critical): Seller Central&apos;s name.</extracomment>
        <translation>Confirmar los detalles del pedido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unexpected problem</source>
        <comment>unexpectedProblem</comment>
        <extracomment>SP-API message type unexpectedProblem (critical): Seller Central&apos;s name.</extracomment>
        <translation>Problema inesperado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Legal disclosure</source>
        <comment>legalDisclosure</comment>
        <extracomment>SP-API message type legalDisclosure (critical): Seller Central&apos;s name.</extracomment>
        <translation>Información legal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm service details</source>
        <comment>confirmServiceDetails</comment>
        <extracomment>SP-API message type confirmServiceDetails (not critical): Seller Central&apos;s name.</extracomment>
        <translation>Confirmar los detalles del servicio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Digital access key</source>
        <comment>digitalAccessKey</comment>
        <extracomment>SP-API message type digitalAccessKey (not critical): Seller Central&apos;s name.</extracomment>
        <translation>Clave de acceso digital</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warranty</source>
        <comment>warranty</comment>
        <extracomment>SP-API message type warranty (not critical): Seller Central&apos;s name.</extracomment>
        <translation>Garantía</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invoice</source>
        <comment>invoice</comment>
        <extracomment>SP-API message type invoice (not critical): Seller Central&apos;s name.</extracomment>
        <translation>Factura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request a review (Solicitations API)</source>
        <comment>productReviewAndSellerFeedback</comment>
        <extracomment>SP-API message type productReviewAndSellerFeedback (not critical): Seller Central&apos;s name.</extracomment>
        <translation>Solicitar una reseña (Solicitations API)</translation>
    </message>
</context>
<context>
    <name>message-type-topic</name>
    <message>
        <location line="-38"/>
        <source>customization details</source>
        <comment>confirmCustomizationDetails</comment>
        <extracomment>SP-API message type confirmCustomizationDetails: what it is about.</extracomment>
        <translation>detalles de personalización</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>order delivery</source>
        <comment>confirmDeliveryDetails</comment>
        <extracomment>SP-API message type confirmDeliveryDetails: what it is about.</extracomment>
        <translation>entrega del pedido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>order completion</source>
        <comment>confirmOrderDetails</comment>
        <extracomment>SP-API message type confirmOrderDetails: what it is about.</extracomment>
        <translation>finalización del pedido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an unexpected problem with the order</source>
        <comment>unexpectedProblem</comment>
        <extracomment>SP-API message type unexpectedProblem: what it is about.</extracomment>
        <translation>un problema inesperado con el pedido</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>documents required by law</source>
        <comment>legalDisclosure</comment>
        <extracomment>SP-API message type legalDisclosure: what it is about.</extracomment>
        <translation>documentos exigidos por ley</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Home Service calls</source>
        <comment>confirmServiceDetails</comment>
        <extracomment>SP-API message type confirmServiceDetails: what it is about.</extracomment>
        <translation>visitas de servicio a domicilio (Home Services)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the digital access key</source>
        <comment>digitalAccessKey</comment>
        <extracomment>SP-API message type digitalAccessKey: what it is about.</extracomment>
        <translation>la clave de acceso digital</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warranty information</source>
        <comment>warranty</comment>
        <extracomment>SP-API message type warranty: what it is about.</extracomment>
        <translation>información de garantía</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the invoice</source>
        <comment>invoice</comment>
        <extracomment>SP-API message type invoice: what it is about.</extracomment>
        <translation>la factura</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amazon&apos;s own review and feedback request; the seller writes no text</source>
        <comment>productReviewAndSellerFeedback</comment>
        <extracomment>SP-API message type productReviewAndSellerFeedback: what it is about.</extracomment>
        <translation>la solicitud de reseña y valoración que redacta Amazon; el vendedor no escribe ningún texto</translation>
    </message>
</context>
<context>
    <name>purpose</name>
    <message>
        <location line="-136"/>
        <source>Customization details</source>
        <comment>customization</comment>
        <extracomment>Purpose customization (critical): what a message is for.</extracomment>
        <translation>Detalles de personalización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery scheduling</source>
        <comment>delivery-scheduling</comment>
        <extracomment>Purpose delivery-scheduling (critical): what a message is for.</extracomment>
        <translation>Programación de la entrega</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipping address problem</source>
        <comment>address-problem</comment>
        <extracomment>Purpose address-problem (critical): what a message is for.</extracomment>
        <translation>Problema con la dirección de envío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Information needed to complete the order</source>
        <comment>additional-information</comment>
        <extracomment>Purpose additional-information (critical): what a message is for.</extracomment>
        <translation>Información necesaria para completar el pedido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unexpected problem that blocks the order</source>
        <comment>unexpected-problem</comment>
        <extracomment>Purpose unexpected-problem (critical): what a message is for.</extracomment>
        <translation>Problema inesperado que impide completar el pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document required by law</source>
        <comment>legal-disclosure</comment>
        <extracomment>Purpose legal-disclosure (critical): what a message is for.</extracomment>
        <translation>Documento exigido por ley</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay or cancellation notice</source>
        <comment>delay-notice</comment>
        <extracomment>Purpose delay-notice (permitted): what a message is for.</extracomment>
        <translation>Aviso de retraso o de cancelación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return question or partial refund</source>
        <comment>return-information</comment>
        <extracomment>Purpose return-information (permitted): what a message is for.</extracomment>
        <translation>Consulta sobre una devolución o reembolso parcial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice</source>
        <comment>invoice</comment>
        <extracomment>Purpose invoice (permitted): what a message is for.</extracomment>
        <translation>Factura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neutral review or feedback request</source>
        <comment>review-request</comment>
        <extracomment>Purpose review-request (permitted): what a message is for.</extracomment>
        <translation>Solicitud neutral de reseña o valoración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home Services appointment</source>
        <comment>service-appointment</comment>
        <extracomment>Purpose service-appointment (permitted): what a message is for.</extracomment>
        <translation>Cita de servicio a domicilio (Home Services)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warranty information</source>
        <comment>warranty</comment>
        <extracomment>Purpose warranty (permitted): what a message is for.</extracomment>
        <translation>Información de garantía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digital access key</source>
        <comment>digital-access-key</comment>
        <extracomment>Purpose digital-access-key (permitted): what a message is for.</extracomment>
        <translation>Clave de acceso digital</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neutral note about seller feedback</source>
        <comment>feedback-removal</comment>
        <extracomment>Purpose feedback-removal (permitted): what a message is for.</extracomment>
        <translation>Nota neutral sobre la valoración del vendedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund or return confirmation</source>
        <comment>refund-confirmation</comment>
        <extracomment>Purpose refund-confirmation (permitted): what a message is for.</extracomment>
        <translation>Confirmación de reembolso o devolución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unprompted tips, manuals or check-ins</source>
        <comment>proactive-service-content</comment>
        <extracomment>Purpose proactive-service-content (permitted): what a message is for.</extracomment>
        <translation>Consejos, manuales o seguimientos no solicitados</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Substitute offered for an out-of-stock item</source>
        <comment>out-of-stock-substitute</comment>
        <extracomment>Purpose out-of-stock-substitute (permitted): what a message is for.</extracomment>
        <translation>Alternativa ofrecida para un artículo agotado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reply to the buyer</source>
        <comment>buyer-reply</comment>
        <extracomment>Purpose buyer-reply (permitted): what a message is for.</extracomment>
        <translation>Respuesta al comprador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other content</source>
        <comment>other</comment>
        <extracomment>Purpose other (permitted): what a message is for.</extracomment>
        <translation>Otro contenido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order confirmation</source>
        <comment>order-confirmation</comment>
        <extracomment>Purpose order-confirmation (forbidden): what a message is for.</extracomment>
        <translation>Confirmación del pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipping or delivery confirmation</source>
        <comment>shipping-confirmation</comment>
        <extracomment>Purpose shipping-confirmation (forbidden): what a message is for.</extracomment>
        <translation>Confirmación de envío o de entrega</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thanks or help offer only</source>
        <comment>thank-you-only</comment>
        <extracomment>Purpose thank-you-only (forbidden): what a message is for.</extracomment>
        <translation>Solo agradecimiento u ofrecimiento de ayuda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marketing or promotion</source>
        <comment>promotion</comment>
        <extracomment>Purpose promotion (forbidden): what a message is for.</extracomment>
        <translation>Marketing o promoción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review incentive</source>
        <comment>review-incentive</comment>
        <extracomment>Purpose review-incentive (forbidden): what a message is for.</extracomment>
        <translation>Incentivo a cambio de una reseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positive-only, conditional or steering review request</source>
        <comment>review-manipulation</comment>
        <extracomment>Purpose review-manipulation (forbidden): what a message is for.</extracomment>
        <translation>Solicitud de reseña solo positiva, condicionada o sesgada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request to change or remove a review</source>
        <comment>review-removal</comment>
        <extracomment>Purpose review-removal (forbidden): what a message is for.</extracomment>
        <translation>Petición de modificar o eliminar una reseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pressure to remove seller feedback</source>
        <comment>feedback-removal-pressure</comment>
        <extracomment>Purpose feedback-removal-pressure (forbidden): what a message is for.</extracomment>
        <translation>Presión para eliminar una valoración del vendedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second or reminder review request</source>
        <comment>repeated-review-request</comment>
        <extracomment>Purpose repeated-review-request (forbidden): what a message is for.</extracomment>
        <translation>Segunda solicitud de reseña o recordatorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message to someone who did not order</source>
        <comment>no-order-relationship</comment>
        <extracomment>Purpose no-order-relationship (forbidden): what a message is for.</extracomment>
        <translation>Mensaje a alguien sin pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proactive message after the 30-day window</source>
        <comment>order-age</comment>
        <extracomment>Purpose order-age (forbidden): what a message is for.</extracomment>
        <translation>Mensaje proactivo fuera del plazo de 30 días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diverting the buyer off Amazon</source>
        <comment>off-amazon</comment>
        <extracomment>Purpose off-amazon (forbidden): what a message is for.</extracomment>
        <translation>Desviar al comprador fuera de Amazon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asking for payment after the sale</source>
        <comment>extra-payment</comment>
        <extracomment>Purpose extra-payment (forbidden): what a message is for.</extracomment>
        <translation>Pedir un pago después de la venta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asking the buyer to cancel</source>
        <comment>cancellation-request</comment>
        <extracomment>Purpose cancellation-request (forbidden): what a message is for.</extracomment>
        <translation>Pedir al comprador que cancele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Critical tag on non-critical content</source>
        <comment>important-tag-misuse</comment>
        <extracomment>Purpose important-tag-misuse (forbidden): what a message is for.</extracomment>
        <translation>Etiqueta de mensaje crítico en contenido no crítico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content outside the chosen message type</source>
        <comment>purpose-mismatch</comment>
        <extracomment>Purpose purpose-mismatch (forbidden): what a message is for.</extracomment>
        <translation>Contenido ajeno al tipo de mensaje elegido</translation>
    </message>
</context>
<context>
    <name>rule-explanation</name>
    <message>
        <location line="-999"/>
        <source>Amazon sends the order confirmation itself. A message (or part of one) whose job is to say the order was placed, received or is being processed is on Amazon&apos;s list of messages that are not permitted. Restating order facts inside a real question (a customization, a delivery appointment) is fine.</source>
        <comment>order-confirmation</comment>
        <extracomment>Rule order-confirmation: why Amazon forbids it.</extracomment>
        <translation>Amazon ya envía por su cuenta la confirmación del pedido. Un mensaje (o parte de uno) cuya función es decir que el pedido se ha realizado, se ha recibido o se está procesando figura en la lista de mensajes no permitidos de Amazon. Repetir datos del pedido dentro de una pregunta real (una personalización, una cita de entrega) sí está permitido.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dispatch notices, &quot;on its way&quot;, tracking-number-only mails and delivery confirmations repeat what Amazon already sent and are not permitted. A real delivery problem or a reply to the buyer&apos;s &quot;where is my parcel?&quot; is different.</source>
        <comment>shipping-confirmation</comment>
        <extracomment>Rule shipping-confirmation: why Amazon forbids it.</extracomment>
        <translation>Los avisos de envío, los «ya está en camino», los correos que solo traen el número de seguimiento y las confirmaciones de entrega repiten lo que Amazon ya ha enviado y no están permitidos. Un problema real con la entrega o la respuesta a un «¿dónde está mi paquete?» del comprador es otra cosa.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A message whose only purpose is to confirm a refund or the arrival of a return repeats Amazon&apos;s own notification. Offering a partial refund or asking for information needed to complete the return is permitted.</source>
        <comment>refund-confirmation</comment>
        <extracomment>Rule refund-confirmation: why Amazon forbids it.</extracomment>
        <translation>Un mensaje cuyo único fin es confirmar un reembolso o la llegada de una devolución repite la notificación de Amazon. Sí se permite ofrecer un reembolso parcial o pedir la información necesaria para completar la devolución.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Messages that only thank the buyer, or only say you are there if something goes wrong, are not permitted. Courtesy lines inside a message with a real purpose are fine.</source>
        <comment>thank-you-only</comment>
        <extracomment>Rule thank-you-only: why Amazon forbids it.</extracomment>
        <translation>No se permiten los mensajes que solo dan las gracias al comprador o que solo le dicen que estás a su disposición si algo sale mal. Las frases de cortesía dentro de un mensaje con una finalidad real sí se admiten.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Usage tips, care guides, FAQs, troubleshooting and &quot;how is your product?&quot; check-ins are non-critical proactive service that Amazon does not list as permitted. Warranty information and legally required documents have their own message types; answering a buyer&apos;s question is fine.</source>
        <comment>proactive-service-content</comment>
        <extracomment>Rule proactive-service-content: why Amazon forbids it.</extracomment>
        <translation>Los consejos de uso, las guías de cuidado, las preguntas frecuentes, la resolución de problemas y los seguimientos del tipo «¿qué tal tu producto?» son atención proactiva no crítica que Amazon no incluye entre los mensajes permitidos. La información de garantía y los documentos exigidos por ley tienen sus propios tipos de mensaje; responder a una pregunta del comprador sí está permitido.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>When an item cannot be shipped, Amazon expects the seller to cancel and refund, not to offer a substitute or ask the buyer to wait. A delay notice is required but non-critical.</source>
        <comment>out-of-stock-substitute</comment>
        <extracomment>Rule out-of-stock-substitute: why Amazon forbids it.</extracomment>
        <translation>Cuando no se puede enviar un artículo, Amazon espera que el vendedor cancele el pedido y lo reembolse, no que ofrezca una alternativa ni que pida al comprador que espere. El aviso de retraso es obligatorio, pero no es crítico.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A seller who cannot fulfil an order must cancel it, not ask the buyer to do so (which shifts the cancellation onto the buyer).</source>
        <comment>cancellation-request</comment>
        <extracomment>Rule cancellation-request: why Amazon forbids it.</extracomment>
        <translation>Un vendedor que no puede completar un pedido debe cancelarlo él mismo, no pedir al comprador que lo haga (así la cancelación recae en el comprador).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Coupons, discount codes, sales, new products, cross-selling, newsletters, &quot;follow us&quot;, referral codes and gifts on the next order are not allowed, not even inside an otherwise permitted message.</source>
        <comment>promotion</comment>
        <extracomment>Rule promotion: why Amazon forbids it.</extracomment>
        <translation>No se permiten cupones, códigos de descuento, ofertas, productos nuevos, venta cruzada, boletines informativos, «síguenos», códigos de recomendación ni regalos en el próximo pedido, ni siquiera dentro de un mensaje que por lo demás esté permitido.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Buying on the seller&apos;s own website, contacting the seller on WhatsApp or social media, paying outside Amazon or joining a mailing list take the buyer off Amazon, which Amazon&apos;s prohibited seller activities forbid.</source>
        <comment>off-amazon</comment>
        <extracomment>Rule off-amazon: why Amazon forbids it.</extracomment>
        <translation>Comprar en la web del propio vendedor, escribirle por WhatsApp o redes sociales, pagar fuera de Amazon o suscribirse a una lista de correo sacan al comprador de Amazon, algo que Amazon incluye entre las actividades prohibidas para los vendedores.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Surcharges, price differences, customs fees or tips requested after the sale, above all through a non-Amazon payment route, are prohibited.</source>
        <comment>extra-payment</comment>
        <extracomment>Rule extra-payment: why Amazon forbids it.</extracomment>
        <translation>Están prohibidos los recargos, las diferencias de precio, los gastos de aduana o las propinas que se piden después de la venta, sobre todo a través de un medio de pago ajeno a Amazon.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A message sent under a message type or contact reason must stay on its topic: a review request inside an &quot;unexpected problem&quot; message, or non-critical content under a critical type, is misuse of the critical channel.</source>
        <comment>purpose-mismatch</comment>
        <extracomment>Rule purpose-mismatch: why Amazon forbids it.</extracomment>
        <translation>Un mensaje enviado con un tipo de mensaje o un motivo de contacto debe ceñirse a su tema: una solicitud de reseña dentro de un mensaje de «problema inesperado», o contenido no crítico con un tipo crítico, es un uso indebido del canal de mensajes críticos.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Messages to people who have neither bought from the seller nor contacted them (for example because they viewed a product) are not permitted.</source>
        <comment>no-order-relationship</comment>
        <extracomment>Rule no-order-relationship: why Amazon forbids it.</extracomment>
        <translation>No se permiten los mensajes a personas que ni han comprado al vendedor ni se han puesto en contacto con él (por ejemplo, porque vieron un producto).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Money, gift cards, free or discounted products, refunds, rebates, future benefits or draw entries in exchange for a review or feedback break Amazon&apos;s review policies, in messages and package inserts alike.</source>
        <comment>review-incentive</comment>
        <extracomment>Rule review-incentive: why Amazon forbids it.</extracomment>
        <translation>Dar dinero, tarjetas de regalo, productos gratis o con descuento, reembolsos, bonificaciones, ventajas futuras o participaciones en sorteos a cambio de una reseña o valoración infringe las políticas de reseñas de Amazon, tanto en los mensajes como en los folletos incluidos en el paquete.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Asking for a positive or 5-star review, asking only satisfied buyers, making the ask conditional (&quot;if you love it…&quot;), or steering unhappy buyers to the seller before they review are review manipulation.</source>
        <comment>review-manipulation</comment>
        <extracomment>Rule review-manipulation: why Amazon forbids it.</extracomment>
        <translation>Pedir una reseña positiva o de 5 estrellas, pedirla solo a los compradores satisfechos, ponerle condiciones («si te encanta…») o dirigir a los compradores descontentos al vendedor antes de que escriban su reseña es manipulación de reseñas.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Asking the buyer to change, update or delete a product review is prohibited even after the problem has been fixed, with or without an incentive.</source>
        <comment>review-removal</comment>
        <extracomment>Rule review-removal: why Amazon forbids it.</extracomment>
        <translation>Está prohibido pedir al comprador que modifique, actualice o elimine una reseña de producto, incluso después de resolver el problema, con o sin incentivo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>For seller feedback (not product reviews) a single neutral note, after the problem is fully solved, that the buyer may update or remove their feedback is allowed. Pressure or an incentive makes it review manipulation. The SP-API message type for this note was deleted in August 2025.</source>
        <comment>feedback-removal</comment>
        <extracomment>Rule feedback-removal: why Amazon forbids it.</extracomment>
        <translation>En el caso de la valoración del vendedor (no de las reseñas de productos), se permite una única nota neutral, una vez resuelto del todo el problema, que indique que el comprador puede actualizar o eliminar su valoración. La presión o un incentivo la convierten en manipulación de reseñas. El tipo de mensaje de la SP-API para esta nota se eliminó en agosto de 2025.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Amazon allows one review or feedback request per order, counting the Request a Review button, the Solicitations API and free-form messages together. Reminders are a second request.</source>
        <comment>repeated-review-request</comment>
        <extracomment>Rule repeated-review-request: why Amazon forbids it.</extracomment>
        <translation>Amazon permite una sola solicitud de reseña o valoración por pedido, contando a la vez el botón «Solicitar una reseña», la Solicitations API y los mensajes escritos por el vendedor. Un recordatorio es una segunda solicitud.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Amazon&apos;s Request a Review button and Solicitations API accept a request only from 5 days after delivery until 30 days after it; asking before the buyer has the item, or months later, is outside the window.</source>
        <comment>review-request-window</comment>
        <extracomment>Rule review-request-window: why Amazon forbids it.</extracomment>
        <translation>El botón «Solicitar una reseña» y la Solicitations API de Amazon solo aceptan una solicitud desde 5 días hasta 30 días después de la entrega; pedir la reseña antes de que el comprador tenga el artículo, o meses después, queda fuera de plazo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>URLs, bare domains, shortened links and links behind images or buttons that lead away from Amazon are not allowed. The exception is an https link the buyer needs to complete this order: the page to upload a customization design, the carrier&apos;s page to book a delivery slot, the page to redeem a digital key or book a home-service appointment.</source>
        <comment>external-link</comment>
        <extracomment>Rule external-link: why Amazon forbids it.</extracomment>
        <translation>No se permiten las URL, los dominios sin enlace, los enlaces acortados ni los enlaces detrás de imágenes o botones que lleven fuera de Amazon. La excepción es un enlace https que el comprador necesita para completar este pedido: la página para subir el diseño de una personalización, la página del transportista para reservar una franja horaria de entrega, o la página para canjear una clave digital o para reservar una cita de servicio a domicilio.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Any http:// link is blocked, even to an otherwise allowed destination: rewrite it to https.</source>
        <comment>insecure-link</comment>
        <extracomment>Rule insecure-link: why Amazon forbids it.</extracomment>
        <translation>Se bloquea cualquier enlace http://, aunque lleve a un destino permitido: cámbialo a https.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Links to Amazon are allowed, but a brand store, another product&apos;s page or a search result is used to sell. A link to the ordered item or its review page in the single review request is tolerated; the Request a Review button is safer.</source>
        <comment>storefront-link</comment>
        <extracomment>Rule storefront-link: why Amazon forbids it.</extracomment>
        <translation>Los enlaces a Amazon están permitidos, pero una tienda de marca, la página de otro producto o unos resultados de búsqueda sirven para vender. Se tolera un enlace al artículo pedido o a su página de reseñas en la única solicitud de reseña; el botón «Solicitar una reseña» es más seguro.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unsubscribe links and instructions to stop seller messages are not allowed; Amazon controls opt-outs.</source>
        <comment>opt-out-link</comment>
        <extracomment>Rule opt-out-link: why Amazon forbids it.</extracomment>
        <translation>No se permiten los enlaces para darse de baja ni las instrucciones para dejar de recibir mensajes del vendedor; es Amazon quien gestiona esa opción.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Any e-mail address (seller, staff, third party), obfuscated forms such as &quot;name at example dot com&quot;, and mailto: links are forbidden; Amazon strips them.</source>
        <comment>email-address</comment>
        <extracomment>Rule email-address: why Amazon forbids it.</extracomment>
        <translation>Están prohibidas las direcciones de correo electrónico de cualquier tipo (del vendedor, del personal o de terceros), también las camufladas como «nombre arroba ejemplo punto com», y los enlaces mailto:; Amazon las elimina.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Telephone numbers of any kind (seller, staff, WhatsApp) and tel: links are forbidden. Numbers next to a carrier, manufacturer or warranty service are still reported, as a warning. To get the buyer&apos;s number for a delivery, ask them to confirm it (confirmDeliveryDetails).</source>
        <comment>phone-number</comment>
        <extracomment>Rule phone-number: why Amazon forbids it.</extracomment>
        <translation>Están prohibidos los números de teléfono de cualquier tipo (del vendedor, del personal, de WhatsApp) y los enlaces tel:. Los números que aparecen junto a un transportista, un fabricante o un servicio de garantía también se señalan, como advertencia. Para obtener el teléfono del comprador para una entrega, pídele que lo confirme (confirmDeliveryDetails).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Asking for the buyer&apos;s personal e-mail, phone, social accounts or other data the order does not need is risky. Confirming a contact phone or address for a delivery appointment is the confirmDeliveryDetails scope and fine.</source>
        <comment>personal-data-request</comment>
        <extracomment>Rule personal-data-request: why Amazon forbids it.</extracomment>
        <translation>Pedir al comprador su correo electrónico personal, su teléfono, sus redes sociales u otros datos que el pedido no necesita es arriesgado. Confirmar un teléfono de contacto o la dirección para una cita de entrega entra en el ámbito de confirmDeliveryDetails y está permitido.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Logos that link to a website, or visibly display a web address, are forbidden. A plain logo without a URL is fine.</source>
        <comment>logo-link</comment>
        <extracomment>Rule logo-link: why Amazon forbids it.</extracomment>
        <translation>Están prohibidos los logotipos que enlazan a un sitio web o que muestran a la vista una dirección web. Un logotipo sencillo, sin URL, está permitido.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pictures of the purchased product are not allowed (Amazon adds them). Photos the buyer asked for, customization proofs and damage photos in a return are fine.</source>
        <comment>product-image</comment>
        <extracomment>Rule product-image: why Amazon forbids it.</extracomment>
        <translation>No se permiten fotos del producto comprado (Amazon ya las incluye). Sí se admiten las fotos que haya pedido el comprador, las pruebas de personalización y las fotos de daños en una devolución.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Images unrelated to the brand or the business, such as memes, holiday stock photos or decorative banners, are not allowed.</source>
        <comment>unrelated-image</comment>
        <extracomment>Rule unrelated-image: why Amazon forbids it.</extracomment>
        <translation>No se permiten imágenes sin relación con la marca o el negocio, como memes, fotos de archivo de vacaciones o fiestas, o banners decorativos.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Images of 1×1 or 2×2 pixels, hidden images and open-tracking beacons of e-mail services track the buyer, which Amazon forbids.</source>
        <comment>tracking-pixel</comment>
        <extracomment>Rule tracking-pixel: why Amazon forbids it.</extracomment>
        <translation>Las imágenes de 1×1 o 2×2 píxeles, las imágenes ocultas y los píxeles de seguimiento de aperturas de los servicios de envío de correo rastrean al comprador, algo que Amazon prohíbe.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Attachments other than product instructions, warranty information or invoices (catalogues, coupons, flyers, e-books, archives, programs, HTML files) are not allowed. Customization proofs, legally required documents and digital-key files have their own message types.</source>
        <comment>attachment-type</comment>
        <extracomment>Rule attachment-type: why Amazon forbids it.</extracomment>
        <translation>No se permiten archivos adjuntos que no sean instrucciones del producto, información de garantía o facturas (catálogos, cupones, folletos, libros electrónicos, archivos comprimidos, programas, archivos HTML). Las pruebas de personalización, los documentos exigidos por ley y los archivos de claves digitales tienen sus propios tipos de mensaje.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Amazon accepts at most 10 MB of attachments per message: compress or split them.</source>
        <comment>attachment-size</comment>
        <extracomment>Rule attachment-size: why Amazon forbids it.</extracomment>
        <translation>Amazon admite como máximo 10 MB de archivos adjuntos por mensaje: comprímelos o repártelos en varios mensajes.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nudity, violence, adult or offensive language are not allowed. Product vocabulary the order needs is not offensive.</source>
        <comment>sensitive-content</comment>
        <extracomment>Rule sensitive-content: why Amazon forbids it.</extracomment>
        <translation>No se permiten desnudos, violencia ni lenguaje para adultos u ofensivo. El vocabulario del producto que requiere el pedido no es ofensivo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Threats of legal action or reports, insults, blame or pressure about claims, returns or feedback break Amazon&apos;s expectation of courteous messages.</source>
        <comment>hostile-tone</comment>
        <extracomment>Rule hostile-tone: why Amazon forbids it.</extracomment>
        <translation>Las amenazas de acciones legales o de denuncias, los insultos, los reproches o la presión por reclamaciones, devoluciones o valoraciones incumplen la exigencia de Amazon de que los mensajes sean corteses.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Since November 2020 a proactive message must carry the order&apos;s 17-digit ID. An order-ID placeholder of a template ({order_id}, [Order ID], ${order.order_id}) counts. Through the SP-API or Seller Central Amazon attaches the order itself, so there it is only recommended (info).</source>
        <comment>missing-order-id</comment>
        <extracomment>Rule missing-order-id: why Amazon forbids it.</extracomment>
        <translation>Desde noviembre de 2020, un mensaje proactivo debe incluir el número de pedido de 17 dígitos. También cuenta un marcador de posición de número de pedido en una plantilla ({order_id}, [Order ID], ${order.order_id}). A través de la SP-API o de Seller Central, Amazon ya asocia el pedido al mensaje, así que ahí solo se recomienda (información).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>An order ID in the text that is not the order the message is attached to, or several IDs, suggests the message goes to the wrong buyer.</source>
        <comment>order-id-mismatch</comment>
        <extracomment>Rule order-id-mismatch: why Amazon forbids it.</extracomment>
        <translation>Un número de pedido en el texto que no es el del pedido al que va asociado el mensaje, o varios números de pedido, hace pensar que el mensaje va dirigido al comprador equivocado.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Proactive messages may be sent only within 30 days of order completion (delivery, else the order date). More than 30 days after the order but within 30 days of delivery is a warning, since the sources disagree on which date counts. Replies to the buyer are not limited.</source>
        <comment>order-age</comment>
        <extracomment>Rule order-age: why Amazon forbids it.</extracomment>
        <translation>Los mensajes proactivos solo se pueden enviar en los 30 días siguientes a la finalización del pedido (la entrega o, si no la hay, la fecha del pedido). Si han pasado más de 30 días desde el pedido pero menos de 30 desde la entrega, se muestra una advertencia, porque las fuentes no coinciden en qué fecha cuenta. Las respuestas al comprador no tienen este límite.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Since November 2020 messages must be written in the buyer&apos;s language of preference (the SP-API&apos;s GetAttributes tells it). A bilingual message is a warning: it does not match the preference either.</source>
        <comment>language-mismatch</comment>
        <extracomment>Rule language-mismatch: why Amazon forbids it.</extracomment>
        <translation>Desde noviembre de 2020, los mensajes deben estar escritos en el idioma de preferencia del comprador (lo indica GetAttributes de la SP-API). Un mensaje bilingüe se marca como advertencia: tampoco coincide con esa preferencia.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Until 2025 a critical message sent from an own mail client could carry [Important] in the subject to reach buyers who had opted out; misuse on non-critical messages was a top reason for restrictions. Amazon has since removed the override: the tag is misuse on a non-critical message (error) and merely useless on a critical one (warning); delivery now depends on the contact reason or SP-API type. A translated tag ([Wichtig], [Importante], …) never had that effect: it is flagged as a warning.</source>
        <comment>important-tag-misuse</comment>
        <extracomment>Rule important-tag-misuse: why Amazon forbids it.</extracomment>
        <translation>Hasta 2025, un mensaje crítico enviado desde un cliente de correo propio podía llevar [Important] en el asunto para llegar a los compradores que habían desactivado los mensajes no solicitados; usarlo en mensajes no críticos era uno de los principales motivos de restricción. Amazon ha suprimido después esa excepción: la etiqueta es un uso indebido en un mensaje no crítico (error) y simplemente inútil en uno crítico (advertencia); ahora la entrega depende del motivo de contacto o del tipo de mensaje de la SP-API. Una etiqueta traducida ([Wichtig], [Importante]…) nunca tuvo ese efecto: se señala como advertencia.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Messages sent through the Messaging API are plain text within the type&apos;s limit (confirmCustomizationDetails 800, digitalAccessKey 400, the others 2,000 characters), with no HTML or e-mail addresses, links only on the type&apos;s topic, and 1 to 5 attachments on the types that take them; invoice, warranty and legalDisclosure take attachments only.</source>
        <comment>api-text-constraints</comment>
        <extracomment>Rule api-text-constraints: why Amazon forbids it.</extracomment>
        <translation>Los mensajes enviados con la Messaging API son texto sin formato dentro del límite de su tipo (confirmCustomizationDetails 800, digitalAccessKey 400, los demás 2000 caracteres), sin HTML ni direcciones de correo electrónico, con enlaces solo sobre el tema del tipo y con 1 a 5 archivos adjuntos en los tipos que los admiten; invoice, warranty y legalDisclosure solo admiten archivos adjuntos.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A non-critical proactive message to a buyer who opted out bounces; the attempt itself is not penalised.</source>
        <comment>opted-out-buyer</comment>
        <extracomment>Rule opted-out-buyer: why Amazon forbids it.</extracomment>
        <translation>Un mensaje proactivo no crítico a un comprador que ha desactivado los mensajes no solicitados se devuelve sin entregar; el intento en sí no se penaliza.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Amazon caps proactive messages at about 5 × average daily orders + 600 per day and watches sudden bursts.</source>
        <comment>message-volume</comment>
        <extracomment>Rule message-volume: why Amazon forbids it.</extracomment>
        <translation>Amazon limita los mensajes proactivos a unos 5 × media de pedidos diarios + 600 al día y vigila los aumentos repentinos.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Messages from an e-mail client are rejected unless the sender address is registered for Buyer-Seller Messaging.</source>
        <comment>unauthorized-sender</comment>
        <extracomment>Rule unauthorized-sender: why Amazon forbids it.</extracomment>
        <translation>Los mensajes enviados desde un cliente de correo se rechazan si la dirección del remitente no está registrada en el Servicio de mensajes de Amazon.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Emoji, pictographs, flags and keycaps are forbidden in the subject and the body. ©, ® and ™ are ordinary symbols. Text emoticons such as :-) are not emoji but share their intent (warning).</source>
        <comment>emoji</comment>
        <extracomment>Rule emoji: why Amazon forbids it.</extracomment>
        <translation>Los emojis, los pictogramas, las banderas y los números en tecla (keycaps) están prohibidos en el asunto y en el cuerpo. ©, ® y ™ son símbolos normales. Los emoticonos de texto como :-) no son emojis, pero tienen la misma intención (advertencia).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Amazon forbids GIFs; tools read this as animated GIFs. Convert the image to PNG or JPEG.</source>
        <comment>animated-gif</comment>
        <extracomment>Rule animated-gif: why Amazon forbids it.</extracomment>
        <translation>Amazon prohíbe los GIF; las herramientas lo interpretan como GIF animados. Convierte la imagen a PNG o JPEG.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Images or CSS resources loaded over http:// are forbidden.</source>
        <comment>insecure-image</comment>
        <extracomment>Rule insecure-image: why Amazon forbids it.</extracomment>
        <translation>Están prohibidas las imágenes o los recursos CSS cargados por http://.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Images or graphics wider than 80 % of the maximum width (480 px of the assumed 600 px) are not allowed.</source>
        <comment>image-width</comment>
        <extracomment>Rule image-width: why Amazon forbids it.</extracomment>
        <translation>No se permiten imágenes ni gráficos de más del 80&#xa0;% del ancho máximo (480 px de los 600 px que se suponen).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Left or right margins or padding over 20 % of the maximum width (120 px of 600 px) are not allowed.</source>
        <comment>margin</comment>
        <extracomment>Rule margin: why Amazon forbids it.</extracomment>
        <translation>No se permiten márgenes ni rellenos (padding) a izquierda o derecha de más del 20&#xa0;% del ancho máximo (120 px de 600 px).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changing the font family (font-family, &lt;font face&gt;, style sheets, web fonts) is not allowed.</source>
        <comment>font-family</comment>
        <extracomment>Rule font-family: why Amazon forbids it.</extracomment>
        <translation>No se permite cambiar la familia de fuentes (font-family, &lt;font face&gt;, hojas de estilo, fuentes web).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Changing the text colour (color:, &lt;font color&gt;) is not allowed.</source>
        <comment>font-color</comment>
        <extracomment>Rule font-color: why Amazon forbids it.</extracomment>
        <translation>No se permite cambiar el color del texto (color:, &lt;font color&gt;).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Text in more than three font sizes (headings included) is not allowed.</source>
        <comment>font-sizes</comment>
        <extracomment>Rule font-sizes: why Amazon forbids it.</extracomment>
        <translation>No se permite texto en más de tres tamaños de fuente (títulos incluidos).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Changing the line height is not allowed.</source>
        <comment>line-height</comment>
        <extracomment>Rule line-height: why Amazon forbids it.</extracomment>
        <translation>No se permite cambiar el interlineado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Centred, justified or right-aligned text is not allowed (right is the default for right-to-left languages).</source>
        <comment>alignment</comment>
        <extracomment>Rule alignment: why Amazon forbids it.</extracomment>
        <translation>No se permite el texto centrado, justificado o alineado a la derecha (la derecha es la alineación predeterminada en los idiomas que se escriben de derecha a izquierda).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>More than two consecutive line breaks (three newlines, or three &lt;br&gt; or empty paragraphs) are not allowed.</source>
        <comment>line-breaks</comment>
        <extracomment>Rule line-breaks: why Amazon forbids it.</extracomment>
        <translation>No se permiten más de dos saltos de línea seguidos (tres caracteres de nueva línea, o tres &lt;br&gt; o párrafos vacíos).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Images without alt text, link text that does not say where it goes (&quot;click here&quot;), low-contrast text and text only inside images fail WCAG, which Amazon&apos;s styling rules point to.</source>
        <comment>accessibility</comment>
        <extracomment>Rule accessibility: why Amazon forbids it.</extracomment>
        <translation>Las imágenes sin texto alternativo, los enlaces cuyo texto no dice adónde llevan («haz clic aquí»), el texto con poco contraste y el texto que solo aparece dentro de imágenes no cumplen las WCAG, a las que remiten las normas de formato de Amazon.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Amazon&apos;s guidelines list spelling errors. Names, brands, SKUs, placeholders and quoted buyer text are not checked; British and American spellings are both correct. Languages without a pyspellchecker dictionary (Polish among them) are not checked, and the report says so.</source>
        <comment>spelling</comment>
        <extracomment>Rule spelling: why Amazon forbids it.</extracomment>
        <translation>Las normas de Amazon incluyen las faltas de ortografía. No se revisan los nombres, las marcas, los SKU, los marcadores de posición ni el texto citado del comprador; la ortografía británica y la estadounidense se dan por buenas. Los idiomas sin diccionario de pyspellchecker (entre ellos el polaco) no se revisan, y el informe lo indica.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Amazon&apos;s guidelines list grammar errors. Composer catches common slips of non-native writers (&quot;we has&quot;, &quot;please to confirm&quot;).</source>
        <comment>grammar</comment>
        <extracomment>Rule grammar: why Amazon forbids it.</extracomment>
        <translation>Las normas de Amazon incluyen los errores gramaticales. Composer detecta los fallos habituales de quienes no escriben en su lengua materna (en inglés «we has», «please to confirm»; en español «nosotros ha»).</translation>
    </message>
</context>
<context>
    <name>rule-fix</name>
    <message>
        <location line="-796"/>
        <source>Remove the sentence</source>
        <comment>cancellation-request</comment>
        <extracomment>Rule cancellation-request: the button that fixes it.</extracomment>
        <translation>Eliminar la frase</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove the sentence</source>
        <comment>promotion</comment>
        <extracomment>Rule promotion: the button that fixes it.</extracomment>
        <translation>Eliminar la frase</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove the sentence</source>
        <comment>off-amazon</comment>
        <extracomment>Rule off-amazon: the button that fixes it.</extracomment>
        <translation>Eliminar la frase</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove the sentence</source>
        <comment>extra-payment</comment>
        <extracomment>Rule extra-payment: the button that fixes it.</extracomment>
        <translation>Eliminar la frase</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Remove the sentence</source>
        <comment>review-incentive</comment>
        <extracomment>Rule review-incentive: the button that fixes it.</extracomment>
        <translation>Eliminar la frase</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove the sentence</source>
        <comment>review-manipulation</comment>
        <extracomment>Rule review-manipulation: the button that fixes it.</extracomment>
        <translation>Eliminar la frase</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove the sentence</source>
        <comment>review-removal</comment>
        <extracomment>Rule review-removal: the button that fixes it.</extracomment>
        <translation>Eliminar la frase</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Remove the sentence</source>
        <comment>repeated-review-request</comment>
        <extracomment>Rule repeated-review-request: the button that fixes it.</extracomment>
        <translation>Eliminar la frase</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Remove the link</source>
        <comment>external-link</comment>
        <extracomment>Rule external-link: the button that fixes it.</extracomment>
        <translation>Eliminar el enlace</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Use https</source>
        <comment>insecure-link</comment>
        <extracomment>Rule insecure-link: the button that fixes it.</extracomment>
        <translation>Usar https</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Remove the sentence</source>
        <comment>opt-out-link</comment>
        <extracomment>Rule opt-out-link: the button that fixes it.</extracomment>
        <translation>Eliminar la frase</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove the address</source>
        <comment>email-address</comment>
        <extracomment>Rule email-address: the button that fixes it.</extracomment>
        <translation>Eliminar la dirección</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove the number</source>
        <comment>phone-number</comment>
        <extracomment>Rule phone-number: the button that fixes it.</extracomment>
        <translation>Eliminar el número</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Remove the image</source>
        <comment>tracking-pixel</comment>
        <extracomment>Rule tracking-pixel: the button that fixes it.</extracomment>
        <translation>Eliminar la imagen</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Add the order ID</source>
        <comment>missing-order-id</comment>
        <extracomment>Rule missing-order-id: the button that fixes it.</extracomment>
        <translation>Incluir el número de pedido</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Remove the tag</source>
        <comment>important-tag-misuse</comment>
        <extracomment>Rule important-tag-misuse: the button that fixes it.</extracomment>
        <translation>Eliminar la etiqueta</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Remove the emoji</source>
        <comment>emoji</comment>
        <extracomment>Rule emoji: the button that fixes it.</extracomment>
        <translation>Eliminar el emoji</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Remove the margin</source>
        <comment>margin</comment>
        <extracomment>Rule margin: the button that fixes it.</extracomment>
        <translation>Quitar el margen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove the font</source>
        <comment>font-family</comment>
        <extracomment>Rule font-family: the button that fixes it.</extracomment>
        <translation>Quitar la fuente</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove the colour</source>
        <comment>font-color</comment>
        <extracomment>Rule font-color: the button that fixes it.</extracomment>
        <translation>Quitar el color</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Remove the line height</source>
        <comment>line-height</comment>
        <extracomment>Rule line-height: the button that fixes it.</extracomment>
        <translation>Quitar el interlineado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove the alignment</source>
        <comment>alignment</comment>
        <extracomment>Rule alignment: the button that fixes it.</extracomment>
        <translation>Quitar la alineación</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keep two line breaks</source>
        <comment>line-breaks</comment>
        <extracomment>Rule line-breaks: the button that fixes it.</extracomment>
        <translation>Dejar dos saltos de línea</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Correct the spelling</source>
        <comment>spelling</comment>
        <extracomment>Rule spelling: the button that fixes it.</extracomment>
        <translation>Corregir la ortografía</translation>
    </message>
</context>
<context>
    <name>rule-message</name>
    <message>
        <location line="-909"/>
        <source>Amazon already confirms orders; a message that only confirms one is not allowed: “{phrase}”.</source>
        <comment>order-confirmation</comment>
        <extracomment>Rule order-confirmation: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Amazon ya confirma los pedidos; no se permite un mensaje que solo confirme uno: «{phrase}».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Amazon already tells the buyer about dispatch and delivery: “{phrase}”.</source>
        <comment>shipping-confirmation</comment>
        <extracomment>Rule shipping-confirmation: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Amazon ya informa al comprador del envío y de la entrega: «{phrase}».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Amazon notifies the buyer of refunds and returns itself: “{phrase}”.</source>
        <comment>refund-confirmation</comment>
        <extracomment>Rule refund-confirmation: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Amazon ya notifica al comprador los reembolsos y las devoluciones: «{phrase}».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A message may not consist only of thanks or an offer to help: “{phrase}”.</source>
        <comment>thank-you-only</comment>
        <extracomment>Rule thank-you-only: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Un mensaje no puede limitarse a dar las gracias o a ofrecer ayuda: «{phrase}».</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unprompted tips, FAQs or check-ins are not on Amazon&apos;s list of permitted proactive messages: “{phrase}”.</source>
        <comment>proactive-service-content</comment>
        <extracomment>Rule proactive-service-content: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Los consejos, las preguntas frecuentes o los seguimientos no solicitados no están en la lista de mensajes proactivos permitidos de Amazon: «{phrase}».</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Offer no substitute for an order you cannot fulfil; cancel it instead: “{phrase}”.</source>
        <comment>out-of-stock-substitute</comment>
        <extracomment>Rule out-of-stock-substitute: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>No ofrezcas alternativas para un pedido que no puedes completar; cancélalo: «{phrase}».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Do not ask the buyer to cancel; cancel the order yourself: “{phrase}”.</source>
        <comment>cancellation-request</comment>
        <extracomment>Rule cancellation-request: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>No pidas al comprador que cancele; cancela tú el pedido: «{phrase}».</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No marketing of any kind in buyer messages: “{phrase}”.</source>
        <comment>promotion</comment>
        <extracomment>Rule promotion: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>No se permite ningún tipo de marketing en los mensajes a compradores: «{phrase}».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Do not steer the buyer or the payment away from Amazon: “{phrase}”.</source>
        <comment>off-amazon</comment>
        <extracomment>Rule off-amazon: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>No desvíes al comprador ni el pago fuera de Amazon: «{phrase}».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Do not ask for additional money after the sale: “{phrase}”.</source>
        <comment>extra-payment</comment>
        <extracomment>Rule extra-payment: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>No pidas dinero adicional después de la venta: «{phrase}».</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The {type} message type does not carry this content: “{text}”.</source>
        <comment>purpose-mismatch</comment>
        <extracomment>Rule purpose-mismatch: what it reports. Keep {type}, {text} unchanged.</extracomment>
        <translation>El tipo de mensaje {type} no admite este contenido: «{text}».</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only buyers of an order of yours (or who contacted you) may be messaged: “{phrase}”.</source>
        <comment>no-order-relationship</comment>
        <extracomment>Rule no-order-relationship: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Solo puedes escribir a compradores de un pedido tuyo (o que se hayan puesto en contacto contigo): «{phrase}».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Offering anything of value for a review or feedback is prohibited: “{phrase}”.</source>
        <comment>review-incentive</comment>
        <extracomment>Rule review-incentive: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Está prohibido ofrecer cualquier cosa de valor a cambio de una reseña o valoración: «{phrase}».</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Review requests must be neutral and go to every buyer alike: “{phrase}”.</source>
        <comment>review-manipulation</comment>
        <extracomment>Rule review-manipulation: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Las solicitudes de reseña deben ser neutrales y dirigirse por igual a todos los compradores: «{phrase}».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Never ask a buyer to change or remove a product review: “{phrase}”.</source>
        <comment>review-removal</comment>
        <extracomment>Rule review-removal: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Nunca pidas a un comprador que modifique o elimine una reseña de producto: «{phrase}».</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only one neutral note that the buyer may update their seller feedback is tolerated; any pressure is prohibited: “{phrase}”.</source>
        <comment>feedback-removal</comment>
        <extracomment>Rule feedback-removal: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Solo se tolera una nota neutral que indique que el comprador puede actualizar su valoración del vendedor; cualquier presión está prohibida: «{phrase}».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only one review request per order is allowed; reminders are not: “{phrase}”.</source>
        <comment>repeated-review-request</comment>
        <extracomment>Rule repeated-review-request: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Solo se permite una solicitud de reseña por pedido; los recordatorios no: «{phrase}».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Review requests belong between {first} and {last} (5 to 30 days after delivery): “{text}”.</source>
        <comment>review-request-window</comment>
        <extracomment>Rule review-request-window: what it reports. Keep {first}, {last}, {text} unchanged.</extracomment>
        <translation>Las solicitudes de reseña deben enviarse entre {first} y {last} (de 5 a 30 días después de la entrega): «{text}».</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Links to sites other than Amazon are not allowed ({why}): “{text}”.</source>
        <comment>external-link</comment>
        <extracomment>Rule external-link: what it reports. Keep {why}, {text} unchanged.</extracomment>
        <translation>No se permiten enlaces a sitios ajenos a Amazon ({why}): «{text}».</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Links must use https, not http: “{text}”.</source>
        <comment>insecure-link</comment>
        <extracomment>Rule insecure-link: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Los enlaces deben usar https, no http: «{text}».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Links to your brand store, other products or search results read as promotion: “{text}”.</source>
        <comment>storefront-link</comment>
        <extracomment>Rule storefront-link: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Los enlaces a tu tienda de marca, a otros productos o a resultados de búsqueda se consideran promoción: «{text}».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Do not offer an unsubscribe or opt-out; Amazon provides its own: “{text}”.</source>
        <comment>opt-out-link</comment>
        <extracomment>Rule opt-out-link: what it reports. Keep {text} unchanged.</extracomment>
        <translation>No ofrezcas la opción de darse de baja; Amazon ya tiene la suya: «{text}».</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>E-mail addresses are not allowed; the buyer answers through Amazon: “{text}”.</source>
        <comment>email-address</comment>
        <extracomment>Rule email-address: what it reports. Keep {text} unchanged.</extracomment>
        <translation>No se permiten direcciones de correo electrónico; el comprador responde a través de Amazon: «{text}».</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Phone numbers are not allowed in buyer messages: “{text}”.</source>
        <comment>phone-number</comment>
        <extracomment>Rule phone-number: what it reports. Keep {text} unchanged.</extracomment>
        <translation>No se permiten números de teléfono en los mensajes a compradores: «{text}».</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Do not ask for the buyer&apos;s personal contact data: “{text}”.</source>
        <comment>personal-data-request</comment>
        <extracomment>Rule personal-data-request: what it reports. Keep {text} unchanged.</extracomment>
        <translation>No pidas los datos de contacto personales del comprador: «{text}».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A logo may not link to or display a website: “{text}”.</source>
        <comment>logo-link</comment>
        <extracomment>Rule logo-link: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Un logotipo no puede enlazar a un sitio web ni mostrar su dirección: «{text}».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Amazon adds the product&apos;s picture itself: “{text}”.</source>
        <comment>product-image</comment>
        <extracomment>Rule product-image: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Amazon ya incluye por su cuenta la imagen del producto: «{text}».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Images unrelated to your brand or the order (memes, stock photos) are not allowed: “{text}”.</source>
        <comment>unrelated-image</comment>
        <extracomment>Rule unrelated-image: what it reports. Keep {text} unchanged.</extracomment>
        <translation>No se permiten imágenes sin relación con tu marca o con el pedido (memes, fotos de archivo): «{text}».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tracking pixels and hidden images are forbidden: “{text}”.</source>
        <comment>tracking-pixel</comment>
        <extracomment>Rule tracking-pixel: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Están prohibidos los píxeles de seguimiento y las imágenes ocultas: «{text}».</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only product instructions, warranty information and invoices may be attached; {why}: “{text}”.</source>
        <comment>attachment-type</comment>
        <extracomment>Rule attachment-type: what it reports. Keep {why}, {text} unchanged.</extracomment>
        <translation>Solo se pueden adjuntar instrucciones del producto, información de garantía y facturas; {why}: «{text}».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Attachments may not exceed {limit} in one message (these are {size}).</source>
        <comment>attachment-size</comment>
        <extracomment>Rule attachment-size: what it reports. Keep {limit}, {size} unchanged.</extracomment>
        <translation>Los archivos adjuntos de un mensaje no pueden superar {limit} (estos suman {size}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Offensive or adult language is not allowed: “{text}”.</source>
        <comment>sensitive-content</comment>
        <extracomment>Rule sensitive-content: what it reports. Keep {text} unchanged.</extracomment>
        <translation>No se permite lenguaje ofensivo o para adultos: «{text}».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Threats, blame or pressure on the buyer read as hostile: “{text}”.</source>
        <comment>hostile-tone</comment>
        <extracomment>Rule hostile-tone: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Las amenazas, los reproches o la presión sobre el comprador suenan hostiles: «{text}».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Proactive messages must name the 17-digit Amazon order ID (e.g. 123-1234567-1234567).</source>
        <comment>missing-order-id</comment>
        <extracomment>Rule missing-order-id: what it reports.</extracomment>
        <translation>Los mensajes proactivos deben indicar el número de pedido de Amazon de 17 dígitos (p. ej., 123-1234567-1234567).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The message belongs to order {expected} but names “{text}”.</source>
        <comment>order-id-mismatch</comment>
        <extracomment>Rule order-id-mismatch: what it reports. Keep {expected}, {text} unchanged.</extracomment>
        <translation>El mensaje corresponde al pedido {expected}, pero menciona «{text}».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Proactive messages are allowed only within 30 days of order completion; this order was completed {days} days ago.</source>
        <comment>order-age</comment>
        <extracomment>Rule order-age: what it reports. Keep {days} unchanged.</extracomment>
        <translation>Los mensajes proactivos solo se permiten en los 30 días siguientes a la finalización del pedido; este pedido se completó hace {days} días.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The message is written in {written}; the buyer&apos;s language of preference is {wanted}.</source>
        <comment>language-mismatch</comment>
        <extracomment>Rule language-mismatch: what it reports. Keep {written}, {wanted} unchanged.</extracomment>
        <translation>El mensaje está escrito en {written}; el idioma de preferencia del comprador es {wanted}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove {text} from the subject: {why}.</source>
        <comment>important-tag-misuse</comment>
        <extracomment>Rule important-tag-misuse: what it reports. Keep {text}, {why} unchanged.</extracomment>
        <translation>Elimina {text} del asunto: {why}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The SP-API rejects this: {problem}.</source>
        <comment>api-text-constraints</comment>
        <extracomment>Rule api-text-constraints: what it reports. Keep {problem} unchanged.</extracomment>
        <translation>La SP-API rechaza este mensaje: {problem}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This buyer opted out of non-critical messages; this one will bounce.</source>
        <comment>opted-out-buyer</comment>
        <extracomment>Rule opted-out-buyer: what it reports.</extracomment>
        <translation>Este comprador ha desactivado los mensajes no críticos; este mensaje se devolverá sin entregar.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Today&apos;s messages exceed Amazon&apos;s daily cap of about 5 × average daily orders + 600.</source>
        <comment>message-volume</comment>
        <extracomment>Rule message-volume: what it reports.</extracomment>
        <translation>Los mensajes de hoy superan el límite diario de Amazon, de unos 5 × media de pedidos diarios + 600.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mail from an address not authorised in Seller Central is rejected.</source>
        <comment>unauthorized-sender</comment>
        <extracomment>Rule unauthorized-sender: what it reports.</extracomment>
        <translation>Se rechaza el correo enviado desde una dirección no autorizada en Seller Central.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Emoji and pictographs are not allowed: “{text}”.</source>
        <comment>emoji</comment>
        <extracomment>Rule emoji: what it reports. Keep {text} unchanged.</extracomment>
        <translation>No se permiten emojis ni pictogramas: «{text}».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Animated GIFs are forbidden; a GIF cannot be shown to be static without its frames: “{text}”.</source>
        <comment>animated-gif</comment>
        <extracomment>Rule animated-gif: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Los GIF animados están prohibidos; sin ver sus fotogramas no se puede demostrar que un GIF sea estático: «{text}».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Images and other resources must load over https: “{text}”.</source>
        <comment>insecure-image</comment>
        <extracomment>Rule insecure-image: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Las imágenes y demás recursos deben cargarse por https: «{text}».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Images may be at most 80 % of the message width: “{text}”.</source>
        <comment>image-width</comment>
        <extracomment>Rule image-width: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Las imágenes pueden ocupar como máximo el 80&#xa0;% del ancho del mensaje: «{text}».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Margins may be at most 20 % of the message width: “{text}”.</source>
        <comment>margin</comment>
        <extracomment>Rule margin: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Los márgenes pueden ocupar como máximo el 20&#xa0;% del ancho del mensaje: «{text}».</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Do not override the default font: “{text}”.</source>
        <comment>font-family</comment>
        <extracomment>Rule font-family: what it reports. Keep {text} unchanged.</extracomment>
        <translation>No cambies la fuente predeterminada: «{text}».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Do not override the default text colour: “{text}”.</source>
        <comment>font-color</comment>
        <extracomment>Rule font-color: what it reports. Keep {text} unchanged.</extracomment>
        <translation>No cambies el color de texto predeterminado: «{text}».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The text uses {count} font sizes; at most three are allowed.</source>
        <comment>font-sizes</comment>
        <extracomment>Rule font-sizes: what it reports. Keep {count} unchanged.</extracomment>
        <translation>El texto usa {count} tamaños de fuente; se permiten como máximo tres.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Do not override the default line height: “{text}”.</source>
        <comment>line-height</comment>
        <extracomment>Rule line-height: what it reports. Keep {text} unchanged.</extracomment>
        <translation>No cambies el interlineado predeterminado: «{text}».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Keep the default text alignment: “{text}”.</source>
        <comment>alignment</comment>
        <extracomment>Rule alignment: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Mantén la alineación de texto predeterminada: «{text}».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No more than two line breaks in a row ({count} here).</source>
        <comment>line-breaks</comment>
        <extracomment>Rule line-breaks: what it reports. Keep {count} unchanged.</extracomment>
        <translation>No pongas más de dos saltos de línea seguidos (aquí hay {count}).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Accessibility problem: {problem}: “{text}”.</source>
        <comment>accessibility</comment>
        <extracomment>Rule accessibility: what it reports. Keep {problem}, {text} unchanged.</extracomment>
        <translation>Problema de accesibilidad: {problem}: «{text}».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Possible spelling mistake in {language}: “{text}”.</source>
        <comment>spelling</comment>
        <extracomment>Rule spelling: what it reports. Keep {language}, {text} unchanged.</extracomment>
        <translation>Posible falta de ortografía en {language}: «{text}».</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Possible grammar mistake: “{text}”.</source>
        <comment>grammar</comment>
        <extracomment>Rule grammar: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Posible error gramatical: «{text}».</translation>
    </message>
</context>
<context>
    <name>rule-title</name>
    <message>
        <location line="-915"/>
        <source>Order confirmation</source>
        <comment>order-confirmation</comment>
        <extracomment>Rule order-confirmation (error): its title.</extracomment>
        <translation>Confirmación del pedido</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Shipping or delivery confirmation</source>
        <comment>shipping-confirmation</comment>
        <extracomment>Rule shipping-confirmation (error): its title.</extracomment>
        <translation>Confirmación de envío o de entrega</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Refund or return confirmation</source>
        <comment>refund-confirmation</comment>
        <extracomment>Rule refund-confirmation (warning): its title.</extracomment>
        <translation>Confirmación de reembolso o devolución</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Thanks or help offer only</source>
        <comment>thank-you-only</comment>
        <extracomment>Rule thank-you-only (error): its title.</extracomment>
        <translation>Solo agradecimiento u ofrecimiento de ayuda</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unprompted tips, manuals or check-ins</source>
        <comment>proactive-service-content</comment>
        <extracomment>Rule proactive-service-content (warning): its title.</extracomment>
        <translation>Consejos, manuales o seguimientos no solicitados</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Substitute for an out-of-stock item</source>
        <comment>out-of-stock-substitute</comment>
        <extracomment>Rule out-of-stock-substitute (warning): its title.</extracomment>
        <translation>Alternativa a un artículo agotado</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Asking the buyer to cancel</source>
        <comment>cancellation-request</comment>
        <extracomment>Rule cancellation-request (error): its title.</extracomment>
        <translation>Pedir al comprador que cancele</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Marketing or promotion</source>
        <comment>promotion</comment>
        <extracomment>Rule promotion (error): its title.</extracomment>
        <translation>Marketing o promoción</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Diverting the buyer off Amazon</source>
        <comment>off-amazon</comment>
        <extracomment>Rule off-amazon (error): its title.</extracomment>
        <translation>Desviar al comprador fuera de Amazon</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Asking for payment after the sale</source>
        <comment>extra-payment</comment>
        <extracomment>Rule extra-payment (error): its title.</extracomment>
        <translation>Pedir un pago después de la venta</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Content outside the chosen message type</source>
        <comment>purpose-mismatch</comment>
        <extracomment>Rule purpose-mismatch (error): its title.</extracomment>
        <translation>Contenido ajeno al tipo de mensaje elegido</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Message to someone who did not order</source>
        <comment>no-order-relationship</comment>
        <extracomment>Rule no-order-relationship (error): its title.</extracomment>
        <translation>Mensaje a alguien sin pedido</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Review incentive</source>
        <comment>review-incentive</comment>
        <extracomment>Rule review-incentive (error): its title.</extracomment>
        <translation>Incentivo a cambio de una reseña</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Positive-only, conditional or steering review request</source>
        <comment>review-manipulation</comment>
        <extracomment>Rule review-manipulation (error): its title.</extracomment>
        <translation>Solicitud de reseña solo positiva, condicionada o sesgada</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Request to change or remove a review</source>
        <comment>review-removal</comment>
        <extracomment>Rule review-removal (error): its title.</extracomment>
        <translation>Petición de modificar o eliminar una reseña</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Seller feedback removal</source>
        <comment>feedback-removal</comment>
        <extracomment>Rule feedback-removal (warning): its title.</extracomment>
        <translation>Eliminación de una valoración del vendedor</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Second or reminder review request</source>
        <comment>repeated-review-request</comment>
        <extracomment>Rule repeated-review-request (error): its title.</extracomment>
        <translation>Segunda solicitud de reseña o recordatorio</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Review request outside the window</source>
        <comment>review-request-window</comment>
        <extracomment>Rule review-request-window (warning): its title.</extracomment>
        <translation>Solicitud de reseña fuera de plazo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Link to another website</source>
        <comment>external-link</comment>
        <extracomment>Rule external-link (error): its title.</extracomment>
        <translation>Enlace a otro sitio web</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Insecure (http) link</source>
        <comment>insecure-link</comment>
        <extracomment>Rule insecure-link (error): its title.</extracomment>
        <translation>Enlace no seguro (http)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Amazon link used to sell</source>
        <comment>storefront-link</comment>
        <extracomment>Rule storefront-link (warning): its title.</extracomment>
        <translation>Enlace de Amazon usado para vender</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unsubscribe or opt-out link</source>
        <comment>opt-out-link</comment>
        <extracomment>Rule opt-out-link (error): its title.</extracomment>
        <translation>Enlace o instrucciones para darse de baja</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>E-mail address</source>
        <comment>email-address</comment>
        <extracomment>Rule email-address (error): its title.</extracomment>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Phone number</source>
        <comment>phone-number</comment>
        <extracomment>Rule phone-number (error): its title.</extracomment>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Asking for personal data</source>
        <comment>personal-data-request</comment>
        <extracomment>Rule personal-data-request (warning): its title.</extracomment>
        <translation>Petición de datos personales</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Logo that links to or shows a website</source>
        <comment>logo-link</comment>
        <extracomment>Rule logo-link (error): its title.</extracomment>
        <translation>Logotipo que enlaza a un sitio web o lo muestra</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Picture of the purchased product</source>
        <comment>product-image</comment>
        <extracomment>Rule product-image (error): its title.</extracomment>
        <translation>Foto del producto comprado</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Image unrelated to the business</source>
        <comment>unrelated-image</comment>
        <extracomment>Rule unrelated-image (warning): its title.</extracomment>
        <translation>Imagen sin relación con el negocio</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tracking pixel</source>
        <comment>tracking-pixel</comment>
        <extracomment>Rule tracking-pixel (error): its title.</extracomment>
        <translation>Píxel de seguimiento</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Attachment type</source>
        <comment>attachment-type</comment>
        <extracomment>Rule attachment-type (error): its title.</extracomment>
        <translation>Tipo de archivo adjunto</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Attachments over 10 MB</source>
        <comment>attachment-size</comment>
        <extracomment>Rule attachment-size (error): its title.</extracomment>
        <translation>Archivos adjuntos de más de 10 MB</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Offensive language</source>
        <comment>sensitive-content</comment>
        <extracomment>Rule sensitive-content (error): its title.</extracomment>
        <translation>Lenguaje ofensivo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Hostile tone</source>
        <comment>hostile-tone</comment>
        <extracomment>Rule hostile-tone (warning): its title.</extracomment>
        <translation>Tono hostil</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Missing order ID</source>
        <comment>missing-order-id</comment>
        <extracomment>Rule missing-order-id (error): its title.</extracomment>
        <translation>Falta el número de pedido</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Order ID of another order</source>
        <comment>order-id-mismatch</comment>
        <extracomment>Rule order-id-mismatch (warning): its title.</extracomment>
        <translation>Número de otro pedido</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Past the 30-day window</source>
        <comment>order-age</comment>
        <extracomment>Rule order-age (error): its title.</extracomment>
        <translation>Fuera del plazo de 30 días</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not in the buyer&apos;s language</source>
        <comment>language-mismatch</comment>
        <extracomment>Rule language-mismatch (error): its title.</extracomment>
        <translation>No está en el idioma del comprador</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>[Important] in the subject</source>
        <comment>important-tag-misuse</comment>
        <extracomment>Rule important-tag-misuse (error): its title.</extracomment>
        <translation>[Important] en el asunto</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>SP-API message limits</source>
        <comment>api-text-constraints</comment>
        <extracomment>Rule api-text-constraints (error): its title.</extracomment>
        <translation>Límites de mensajes de la SP-API</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Buyer has opted out</source>
        <comment>opted-out-buyer</comment>
        <extracomment>Rule opted-out-buyer (info): its title.</extracomment>
        <translation>El comprador ha desactivado los mensajes no solicitados</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Message volume</source>
        <comment>message-volume</comment>
        <extracomment>Rule message-volume (info): its title.</extracomment>
        <translation>Volumen de mensajes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sender not authorised</source>
        <comment>unauthorized-sender</comment>
        <extracomment>Rule unauthorized-sender (info): its title.</extracomment>
        <translation>Remitente no autorizado</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Emoji</source>
        <comment>emoji</comment>
        <extracomment>Rule emoji (error): its title.</extracomment>
        <translation>Emojis</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>GIF image</source>
        <comment>animated-gif</comment>
        <extracomment>Rule animated-gif (error): its title.</extracomment>
        <translation>Imagen GIF</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Image loaded over http</source>
        <comment>insecure-image</comment>
        <extracomment>Rule insecure-image (error): its title.</extracomment>
        <translation>Imagen cargada por http</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Image too wide</source>
        <comment>image-width</comment>
        <extracomment>Rule image-width (warning): its title.</extracomment>
        <translation>Imagen demasiado ancha</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wide margins</source>
        <comment>margin</comment>
        <extracomment>Rule margin (warning): its title.</extracomment>
        <translation>Márgenes anchos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Font family</source>
        <comment>font-family</comment>
        <extracomment>Rule font-family (warning): its title.</extracomment>
        <translation>Familia de fuentes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Text colour</source>
        <comment>font-color</comment>
        <extracomment>Rule font-color (warning): its title.</extracomment>
        <translation>Color del texto</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>More than three font sizes</source>
        <comment>font-sizes</comment>
        <extracomment>Rule font-sizes (warning): its title.</extracomment>
        <translation>Más de tres tamaños de fuente</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Line height</source>
        <comment>line-height</comment>
        <extracomment>Rule line-height (warning): its title.</extracomment>
        <translation>Interlineado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Text alignment</source>
        <comment>alignment</comment>
        <extracomment>Rule alignment (warning): its title.</extracomment>
        <translation>Alineación del texto</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>More than two line breaks</source>
        <comment>line-breaks</comment>
        <extracomment>Rule line-breaks (warning): its title.</extracomment>
        <translation>Más de dos saltos de línea</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Accessibility</source>
        <comment>accessibility</comment>
        <extracomment>Rule accessibility (warning): its title.</extracomment>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Spelling</source>
        <comment>spelling</comment>
        <extracomment>Rule spelling (warning): its title.</extracomment>
        <translation>Ortografía</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Grammar</source>
        <comment>grammar</comment>
        <extracomment>Rule grammar (warning): its title.</extracomment>
        <translation>Gramática</translation>
    </message>
</context>
<context>
    <name>source</name>
    <message>
        <location line="+153"/>
        <source>Seed article 000: French article built around Amazon&apos;s bounce notice for opted-out buyers</source>
        <comment>000</comment>
        <extracomment>Policy source 000.</extracomment>
        <translation>Artículo base 000: artículo en francés basado en el aviso de Amazon de mensaje no entregado a compradores que han desactivado los mensajes no solicitados</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seed article 001: French article on the guideline change of 8 Sep 2020 (enforced from 3 Nov 2020): necessary vs. proactive permitted messages, 30-day window, 17-digit order ID, list of banned content, styling bans, enforcement ladder.</source>
        <comment>001</comment>
        <extracomment>Policy source 001.</extracomment>
        <translation>Artículo base 001: artículo en francés sobre el cambio de las normas del 8 de septiembre de 2020 (aplicado desde el 3 de noviembre de 2020): mensajes necesarios frente a mensajes proactivos permitidos, plazo de 30 días, número de pedido de 17 dígitos, lista de contenidos prohibidos, prohibiciones de formato, escala de sanciones.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seed article 002: Portuguese seller guide: anonymised aliases, attachments under 10 MB, critical messages and `[Important]`, over-messaging.</source>
        <comment>002</comment>
        <extracomment>Policy source 002.</extracomment>
        <translation>Artículo base 002: guía en portugués para vendedores: alias anónimos, archivos adjuntos de menos de 10 MB, mensajes críticos y `[Important]`, exceso de mensajes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seed article 003: Polish article on the same 2020 update</source>
        <comment>003</comment>
        <extracomment>Policy source 003.</extracomment>
        <translation>Artículo base 003: artículo en polaco sobre la misma actualización de 2020</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed article 004: French multichannel article: no promotion, diversion, discount codes or off-Amazon links in Amazon messages (its &apos;package insert bridge&apos; tactic is outside messaging and itself risky).</source>
        <comment>004</comment>
        <extracomment>Policy source 004.</extracomment>
        <translation>Artículo base 004: artículo en francés sobre venta multicanal: nada de promociones, desvíos, códigos de descuento ni enlaces fuera de Amazon en los mensajes de Amazon (su táctica del «puente con folletos en el paquete» queda fuera de la mensajería y es arriesgada en sí misma).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amazon UK Seller Forums staff post &apos;Communication Guidelines – Permitted messages&apos;</source>
        <comment>A1</comment>
        <extracomment>Policy source A1.</extracomment>
        <translation>Publicación del personal de Amazon en los foros de vendedores de Amazon UK: «Communication Guidelines – Permitted messages»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amazon UK Seller Forums staff post &apos;Mastering Buyer Communication: Critical vs. Non-Critical Messages&apos;</source>
        <comment>A2</comment>
        <extracomment>Policy source A2.</extracomment>
        <translation>Publicación del personal de Amazon en los foros de vendedores de Amazon UK: «Mastering Buyer Communication: Critical vs. Non-Critical Messages»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon forum news &apos;Change to Buyer-Seller Messaging options&apos; ([Important] override removed)</source>
        <comment>A3</comment>
        <extracomment>Policy source A3.</extracomment>
        <translation>Noticia del foro de Amazon «Change to Buyer-Seller Messaging options» (se suprime la excepción de [Important])</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seller Central help &apos;Buyer-Seller Messaging frequently asked questions&apos; (older version with the `[Important]` instructions)</source>
        <comment>A4</comment>
        <extracomment>Policy source A4.</extracomment>
        <translation>Ayuda de Seller Central «Buyer-Seller Messaging frequently asked questions» (versión anterior, con las instrucciones sobre `[Important]`)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seller Central help &apos;Buyer-Seller Messages FAQ&apos; (current)</source>
        <comment>A5</comment>
        <extracomment>Policy source A5.</extracomment>
        <translation>Ayuda de Seller Central «Buyer-Seller Messages FAQ» (versión actual)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seller Central help &apos;Buyer-Seller Messaging&apos; (attachments up to 10 MB, critical subject)</source>
        <comment>A6</comment>
        <extracomment>Policy source A6.</extracomment>
        <translation>Ayuda de Seller Central «Buyer-Seller Messaging» (archivos adjuntos de hasta 10 MB, asunto de los mensajes críticos)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seller Central help &apos;Prohibited seller activities and actions&apos;</source>
        <comment>A7</comment>
        <extracomment>Policy source A7.</extracomment>
        <translation>Ayuda de Seller Central «Prohibited seller activities and actions»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seller Central help &apos;Customer product reviews policies&apos;</source>
        <comment>A8</comment>
        <extracomment>Policy source A8.</extracomment>
        <translation>Ayuda de Seller Central «Customer product reviews policies»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seller Central help &apos;Answers to questions about product reviews&apos;</source>
        <comment>A9</comment>
        <extracomment>Policy source A9.</extracomment>
        <translation>Ayuda de Seller Central «Answers to questions about product reviews»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seller Central help on handling negative seller feedback (neutral removal notice allowed, pressure not)</source>
        <comment>A10</comment>
        <extracomment>Policy source A10.</extracomment>
        <translation>Ayuda de Seller Central sobre cómo gestionar las valoraciones negativas del vendedor (se permite una nota neutral sobre su eliminación, la presión no)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seller Central help &apos;Communication Guidelines&apos;, older version (IT, G1701; review rules also cover package inserts)</source>
        <comment>A11</comment>
        <extracomment>Policy source A11.</extracomment>
        <translation>Ayuda de Seller Central «Communication Guidelines», versión anterior (IT, G1701; las reglas sobre reseñas también abarcan los folletos incluidos en el paquete)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon developer forum &apos;Updated Communications Guidelines for Buyer-Seller Messaging&apos; (language of preference required from 3 Nov 2020)</source>
        <comment>A12</comment>
        <extracomment>Policy source A12.</extracomment>
        <translation>Foro de desarrolladores de Amazon: «Updated Communications Guidelines for Buyer-Seller Messaging» (idioma de preferencia obligatorio desde el 3 de noviembre de 2020)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon EU Seller Forums post on customer reviews and the &apos;Request a review&apos; feature</source>
        <comment>A13</comment>
        <extracomment>Policy source A13.</extracomment>
        <translation>Publicación de los foros de vendedores de Amazon en Europa sobre las reseñas de clientes y la función «Solicitar una reseña» (Request a review)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seller Central help &apos;Messaging Permissions&apos; (unauthorised sender addresses are rejected)</source>
        <comment>A14</comment>
        <extracomment>Policy source A14.</extracomment>
        <translation>Ayuda de Seller Central «Messaging Permissions» (se rechazan las direcciones de remitente no autorizadas)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seller Central help &apos;Communication guidelines&apos; (G1801), the canonical page, reconstructed from A1, 001, 003, T1 and T3</source>
        <comment>A15</comment>
        <extracomment>Policy source A15.</extracomment>
        <translation>Ayuda de Seller Central «Communication guidelines» (G1801), la página de referencia, reconstruida a partir de A1, 001, 003, T1 y T3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seller Central help &apos;Manage Your Customer Engagement campaign requirements&apos; (the sanctioned marketing channel, not messaging)</source>
        <comment>A16</comment>
        <extracomment>Policy source A16.</extracomment>
        <translation>Ayuda de Seller Central «Manage Your Customer Engagement campaign requirements» (el canal de marketing autorizado, no la mensajería)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon SP-API Messaging model (models/messaging-api-model/messaging.json): message types, critical labels, text limits, no HTML or e-mail addresses, topic-limited links</source>
        <comment>D1</comment>
        <extracomment>Policy source D1.</extracomment>
        <translation>Modelo de Messaging de la SP-API de Amazon (models/messaging-api-model/messaging.json): tipos de mensaje, etiquetas de mensaje crítico, límites de texto, sin HTML ni direcciones de correo electrónico, enlaces limitados al tema del tipo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon SP-API Solicitations model (models/solicitations-api-model/solicitations.json): one review and feedback solicitation per order, non-critical</source>
        <comment>D2</comment>
        <extracomment>Policy source D2.</extracomment>
        <translation>Modelo de Solicitations de la SP-API de Amazon (models/solicitations-api-model/solicitations.json): una solicitud de reseña y valoración por pedido, no crítica</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Messaging API guide and &apos;Send a message&apos; tutorial</source>
        <comment>D3</comment>
        <extracomment>Policy source D3.</extracomment>
        <translation>Guía de la Messaging API y tutorial «Send a message»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solicitations API tutorials (window 5 days after EarliestDeliveryDate to 30 days after LatestDeliveryDate; no positive-only asks, no edits to reviews, no rewards)</source>
        <comment>D4</comment>
        <extracomment>Policy source D4.</extracomment>
        <translation>Tutoriales de la Solicitations API (plazo desde 5 días después de EarliestDeliveryDate hasta 30 días después de LatestDeliveryDate; nada de pedir solo reseñas positivas, de pedir cambios en las reseñas ni de recompensas)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Jungle Scout, Sep 2020 update summary</source>
        <comment>T1</comment>
        <extracomment>Policy source T1.</extracomment>
        <translation>Jungle Scout, resumen de la actualización de septiembre de 2020</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EcommerceBytes, 8 Sep 2020, the eleven styling rules and seller reactions</source>
        <comment>T2</comment>
        <extracomment>Policy source T2.</extracomment>
        <translation>EcommerceBytes, 8 de septiembre de 2020: las once reglas de formato y las reacciones de los vendedores</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FeedbackWhiz help</source>
        <comment>T3</comment>
        <extracomment>Policy source T3.</extracomment>
        <translation>Ayuda de FeedbackWhiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>eComEngine help, why proactive messages get blocked/restricted</source>
        <comment>T4</comment>
        <extracomment>Policy source T4.</extracomment>
        <translation>Ayuda de eComEngine: por qué se bloquean o restringen los mensajes proactivos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>eDesk support, avoiding messaging suspension (daily cap, storefront links, logos, e-mail stripping)</source>
        <comment>T5</comment>
        <extracomment>Policy source T5.</extracomment>
        <translation>Soporte de eDesk: cómo evitar la suspensión de la mensajería (límite diario, enlaces a la tienda, logotipos, eliminación de direcciones de correo)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>3Dsellers, Nov 2020 compliance checklist</source>
        <comment>T6</comment>
        <extracomment>Policy source T6.</extracomment>
        <translation>3Dsellers, lista de comprobación de cumplimiento de noviembre de 2020</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reproduction of Amazon&apos;s Nov 2019 &apos;clarification to communication guidelines&apos; (includes `[Important]` misuse and &apos;content that differs from the contact reason&apos;)</source>
        <comment>T7</comment>
        <extracomment>Policy source T7.</extracomment>
        <translation>Reproducción de la «clarification to communication guidelines» de Amazon de noviembre de 2019 (incluye el uso indebido de `[Important]` y el «contenido distinto del motivo de contacto»)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ReplyManager on opt-out (claims buyers cannot opt out of Handmade/custom-order messages)</source>
        <comment>T8</comment>
        <extracomment>Policy source T8.</extracomment>
        <translation>ReplyManager sobre la desactivación de mensajes (afirma que los compradores no pueden desactivar los mensajes sobre pedidos de Handmade o personalizados)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FeedbackFive, 2017 opt-out history</source>
        <comment>T9</comment>
        <extracomment>Policy source T9.</extracomment>
        <translation>FeedbackFive, historia de la desactivación de mensajes (2017)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coverage of the 2025 `[Important]` change</source>
        <comment>T10</comment>
        <extracomment>Policy source T10.</extracomment>
        <translation>Cobertura del cambio de 2025 sobre `[Important]`</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seller reports of keyword-triggered enforcement (late 2025)</source>
        <comment>T11</comment>
        <extracomment>Policy source T11.</extracomment>
        <translation>Testimonios de vendedores sobre sanciones activadas por palabras clave (finales de 2025)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FeedbackExpress guidance (no storefront links; review-page link tolerated)</source>
        <comment>T12</comment>
        <extracomment>Policy source T12.</extracomment>
        <translation>Recomendaciones de FeedbackExpress (sin enlaces a la tienda; se tolera el enlace a la página de reseñas)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sonemos, Nov 2020 (plain logos fine; manuals/warranty mails fine)</source>
        <comment>T13</comment>
        <extracomment>Policy source T13.</extracomment>
        <translation>Sonemos, noviembre de 2020 (los logotipos sencillos están permitidos; los correos con manuales o garantía, también)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chinese summary of an earlier guideline wording (phone numbers tied to warranty/carrier/manufacturer, attachments needed to resolve an issue, descriptive link text)</source>
        <comment>T14</comment>
        <extracomment>Policy source T14.</extracomment>
        <translation>Resumen en chino de una redacción anterior de las normas (números de teléfono vinculados a garantía, transportista o fabricante; archivos adjuntos necesarios para resolver un problema; texto de enlace descriptivo)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>StarQuester glossary (Request a Review: one per order, 5–30 days after delivery)</source>
        <comment>T15</comment>
        <extracomment>Policy source T15.</extracomment>
        <translation>Glosario de StarQuester («Solicitar una reseña»: una por pedido, de 5 a 30 días después de la entrega)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trendle docs (claims on per-order and 6-month limits, unverified)</source>
        <comment>T16</comment>
        <extracomment>Policy source T16.</extracomment>
        <translation>Documentación de Trendle (afirmaciones sobre límites por pedido y de 6 meses, sin verificar)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ChannelX, Sep 2020 (guidelines became a programme policy; spelling rules bite in non-English marketplaces)</source>
        <comment>T17</comment>
        <extracomment>Policy source T17.</extracomment>
        <translation>ChannelX, septiembre de 2020 (las normas pasan a ser una política del programa; las reglas de ortografía pesan más en los marketplaces de habla no inglesa)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AMZ Alliance quoting the older &apos;Prohibited seller activities&apos; wording (courteous, relevant, appropriate)</source>
        <comment>T18</comment>
        <extracomment>Policy source T18.</extracomment>
        <translation>AMZ Alliance, que cita la redacción anterior de «Prohibited seller activities» (mensajes corteses, pertinentes y adecuados)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Feedvisor, updated 2026 (claims an AI filter scans outgoing messages, unverified)</source>
        <comment>T19</comment>
        <extracomment>Policy source T19.</extracomment>
        <translation>Feedvisor, actualizado en 2026 (afirma que un filtro de IA analiza los mensajes salientes, sin verificar)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reproduction of the Communication Guidelines &apos;order status messages&apos; section (Problem with Order, returns, do not ask buyers to cancel)</source>
        <comment>T20</comment>
        <extracomment>Policy source T20.</extracomment>
        <translation>Reproducción de la sección «Mensajes sobre el estado del pedido» de las Normas de comunicación («Problema con el pedido», devoluciones, no pedir a los compradores que cancelen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Jungle Scout explainer of Prohibited Seller Activities (no price increases after the sale)</source>
        <comment>T21</comment>
        <extracomment>Policy source T21.</extracomment>
        <translation>Explicación de Jungle Scout sobre las actividades prohibidas para los vendedores (no subir el precio después de la venta)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seller Labs on messaging suspensions (asking for personal information, complaint rate)</source>
        <comment>T22</comment>
        <extracomment>Policy source T22.</extracomment>
        <translation>Seller Labs sobre las suspensiones de la mensajería (pedir información personal, tasa de quejas)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>eCommerce Nurse, Oct 2020 (&apos;within 30 days of order completion&apos; wording, enforcement date 6 Nov 2020)</source>
        <comment>T23</comment>
        <extracomment>Policy source T23.</extracomment>
        <translation>eCommerce Nurse, octubre de 2020 (redacción «en los 30 días siguientes a la finalización del pedido», fecha de aplicación: 6 de noviembre de 2020)</translation>
    </message>
</context>
</TS>
