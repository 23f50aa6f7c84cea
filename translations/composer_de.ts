<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccountCheck</name>
    <message>
        <location filename="../composer/services/account_check.py" line="+69"/>
        <source>nothing to test: the account has neither LWA credentials nor an SMTP server</source>
        <translation>nichts zu testen: Das Konto hat weder LWA-Zugangsdaten noch einen SMTP-Server</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not set up (no LWA credentials)</source>
        <translation>nicht eingerichtet (keine LWA-Zugangsdaten)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not tried: a secret is missing</source>
        <translation>nicht versucht: Zugangsdaten fehlen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not set up (no SMTP server)</source>
        <translation>nicht eingerichtet (kein SMTP-Server)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not tried: the SMTP password is missing</source>
        <translation>nicht versucht: Das SMTP-Passwort fehlt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no sender address: e-mail cannot be sent without one</source>
        <translation>keine Absenderadresse: Ohne sie kann keine E-Mail gesendet werden</translation>
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
        <translation>für dieses Konto nicht in {keyring} hinterlegt: {secrets}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{keyring} holds {secrets}</source>
        <translation>in {keyring} hinterlegt: {secrets}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{address} gave an access token</source>
        <translation>{address} hat ein Zugriffstoken ausgegeben</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../composer/ui/accounts_dialog.py" line="+186"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Marketplace:</source>
        <translation>&amp;Marktplatz:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>LWA client &amp;ID:</source>
        <translation>LWA-Client-&amp;ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWA client &amp;secret:</source>
        <translation>LWA-&amp;Client-Secret:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh token:</source>
        <translation>&amp;Refresh-Token:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SMTP ser&amp;ver:</source>
        <translation>SMTP-&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sec&amp;urity:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorised se&amp;nder:</source>
        <translation>&amp;Autorisierter Absender:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SP-API &amp;endpoint:</source>
        <translation>SP-API-&amp;Endpunkt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;LWA endpoint:</source>
        <translation>&amp;LWA-Endpunkt:</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+1"/>
        <source>Add a seller account</source>
        <translation>Verkäuferkonto hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyring problem</source>
        <translation>Problem mit dem Schlüsselbund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWA client ID</source>
        <translation>LWA-Client-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWA client secret</source>
        <translation>LWA-Client-Secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh token</source>
        <translation>Refresh-Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP server</source>
        <translation>SMTP-Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP port</source>
        <translation>SMTP-Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP security</source>
        <translation>SMTP-Verschlüsselung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP user</source>
        <translation>SMTP-Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP password</source>
        <translation>SMTP-Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorised sender</source>
        <translation>Autorisierter Absender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoints for testing</source>
        <translation>Endpunkte für Tests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SP-API endpoint</source>
        <translation>SP-API-Endpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWA endpoint</source>
        <translation>LWA-Endpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form problem</source>
        <translation>Problem im Formular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Shop DE</source>
        <translation>z. B. Shop DE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>service@your-shop.com</source>
        <translation>service@ihr-shop.de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use Amazon&apos;s SP-API sandbox (test calls; nothing reaches a buyer)</source>
        <translation>SP-API-Sandbox von Amazon verwenden (Testaufrufe; nichts erreicht einen Käufer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selling Partner API (Login with Amazon credentials of your app)</source>
        <translation>Selling Partner API (Zugangsdaten Ihrer App für Login with Amazon)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail to the buyer&apos;s Amazon address</source>
        <translation>E-Mail an die Amazon-Adresse des Käufers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usual port</source>
        <translation>Standardport</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An address authorised for Buyer-Seller Messaging in Seller Central: Amazon&apos;s relay drops mail from any other</source>
        <translation>Eine in Seller Central für Käufer-Verkäufer-Nachrichten autorisierte Adresse: Amazons Weiterleitung verwirft E-Mails von allen anderen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endpoints for testing (instead of Amazon&apos;s hosts)</source>
        <translation>Endpunkte für Tests (statt der Server von Amazon)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://… (http only to 127.0.0.1)</source>
        <translation>https://… (http nur für 127.0.0.1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{problem}
The account can still be added without secrets.</source>
        <translation>{problem}
Das Konto lässt sich trotzdem ohne Zugangsdaten hinzufügen.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account was not added: {error}</source>
        <translation>Das Konto wurde nicht hinzugefügt: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SP-API needs all three credentials, or none; missing: {secrets}.</source>
        <translation>Die SP-API braucht alle drei Zugangsdaten oder keine; fehlend: {secrets}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An SMTP password was given without an SMTP user.</source>
        <translation>Ein SMTP-Passwort wurde ohne SMTP-Benutzer angegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An authorised sender needs the SMTP server to send from.</source>
        <translation>Ein autorisierter Absender braucht einen SMTP-Server, über den gesendet wird.</translation>
    </message>
</context>
<context>
    <name>AccountWords</name>
    <message>
        <location filename="../composer/services/accounts.py" line="+165"/>
        <source>The {what} {url} is not a URL: {reason}</source>
        <extracomment>{what} is &quot;SP-API endpoint&quot; or &quot;LWA endpoint&quot;, {url} the address as typed.</extracomment>
        <translation>Der {what} {url} ist keine URL: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The {what} {url} is not an https:// URL with a host name</source>
        <translation>Der {what} {url} ist keine https://-URL mit Hostnamen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The {what} {url} uses plain http to another machine; use https (plain http is allowed only to this machine: 127.0.0.1, ::1, localhost)</source>
        <translation>Der {what} {url} verwendet unverschlüsseltes http zu einem anderen Rechner; verwenden Sie https (unverschlüsseltes http ist nur zu diesem Rechner erlaubt: 127.0.0.1, ::1, localhost)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The {what} must not hold a user name or password; secrets go in the keyring</source>
        <translation>Der {what} darf keinen Benutzernamen und kein Passwort enthalten; Zugangsdaten gehören in den Schlüsselbund</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The {what} {url} must not have a query or fragment</source>
        <translation>Der {what} {url} darf keinen Query-Teil (?…) und kein Fragment (#…) enthalten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The {what} {address} is not an e-mail address</source>
        <extracomment>{what} names the address (&quot;sender&quot;), {address} is the address as typed.</extracomment>
        <translation>Die {what} {address} ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sender</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The account name {name} is not usable: 1 to 64 letters, digits, spaces and . _ - @ +, not starting or ending with a space</source>
        <translation>Der Kontoname {name} ist nicht verwendbar: 1 bis 64 Buchstaben, Ziffern, Leerzeichen und . _ - @ +, ohne Leerzeichen am Anfang oder Ende</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown region {region}; use NA, EU or FE</source>
        <translation>Unbekannte Region {region}; verwenden Sie NA, EU oder FE</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Marketplace {code} ({country}) is served by the {region} region, not {account_region}</source>
        <translation>Der Marktplatz {code} ({country}) gehört zur Region {region}, nicht zu {account_region}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SP-API endpoint</source>
        <translation>SP-API-Endpunkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LWA endpoint</source>
        <translation>LWA-Endpunkt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown SMTP security {security}; use starttls, ssl or plain</source>
        <translation>Unbekannte SMTP-Verschlüsselung {security}; verwenden Sie starttls, ssl oder plain</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown secret name {key}</source>
        <translation>Unbekannter Name für Zugangsdaten: {key}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The SMTP host {host} is not a host name</source>
        <translation>Der SMTP-Host {host} ist kein Hostname</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SMTP settings need the SMTP host</source>
        <translation>Für die SMTP-Einstellungen wird der SMTP-Host benötigt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The SMTP port {port} is not between 1 and 65535</source>
        <translation>Der SMTP-Port {port} liegt nicht zwischen 1 und 65535</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Plain SMTP (no encryption) to {host} would send the password and the buyer&apos;s message in clear; use starttls or ssl (plain is allowed only to this machine)</source>
        <translation>Unverschlüsseltes SMTP (plain) zu {host} würde das Passwort und die Nachricht an den Käufer im Klartext senden; verwenden Sie starttls oder ssl (plain ist nur zu diesem Rechner erlaubt)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The SMTP user name is empty or has a line break</source>
        <translation>Der SMTP-Benutzername ist leer oder enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Create a new client secret for the app in Amazon&apos;s Developer Console (Amazon e-mails a notice 90 days ahead) and save it with: {command}</source>
        <extracomment>{command} is the command to type, as it is.</extracomment>
        <translation>Erstellen Sie in Amazons Developer Console ein neues Client-Secret für die App (Amazon erinnert 90 Tage vorher per E-Mail daran) und speichern Sie es mit: {command}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 day ago</source>
        <translation>vor 1 Tag</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The LWA client secret of account {name} is overdue for rotation: it was saved on {saved}, and Amazon requires a new one every 180 days (due {deadline}, {ago}); SP-API calls fail with an expired secret. {how}</source>
        <extracomment>{ago} is &quot;3 days ago&quot;; {how} says how to rotate the secret.</extracomment>
        <translation>Die Erneuerung des LWA-Client-Secrets des Kontos {name} ist überfällig: Es wurde am {saved} gespeichert, und Amazon verlangt alle 180 Tage ein neues (fällig am {deadline}, {ago}); mit einem abgelaufenen Secret schlagen SP-API-Aufrufe fehl. {how}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in 1 day</source>
        <translation>in 1 Tag</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n days</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The LWA client secret of account {name} must be rotated by {deadline} ({when}): Amazon requires a new one every 180 days and SP-API calls fail after that day. {how}</source>
        <extracomment>{when} is &quot;today&quot; or &quot;in 3 days&quot;; {how} says how to rotate the secret.</extracomment>
        <translation>Das LWA-Client-Secret des Kontos {name} muss bis {deadline} ({when}) erneuert werden: Amazon verlangt alle 180 Tage ein neues, und nach diesem Tag schlagen SP-API-Aufrufe fehl. {how}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The keyring holds no {secret} for account {name}; save it with: {command}</source>
        <translation>{secret} für das Konto {name} fehlt im Schlüsselbund; hinterlegen Sie den Wert mit: {command}</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+48"/>
        <source>The {secret} is empty</source>
        <translation>{secret} ist leer</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>An account named {name} exists already</source>
        <translation>Ein Konto mit dem Namen {name} gibt es bereits</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Cannot set aside {path}: {reason}</source>
        <translation>{path} kann nicht beiseitegelegt werden: {reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Another Composer (the window or a command line) is changing the accounts right now; nothing was changed. Try again in a moment.</source>
        <translation>Eine andere Composer-Instanz (das Fenster oder ein Befehl in der Kommandozeile) ändert gerade die Konten; es wurde nichts geändert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The accounts file {path} is damaged ({reason}); Composer has left it as it is and will not change it. Correct it, or move it away to start again (the secrets stay in the keyring).</source>
        <translation>Die Kontendatei {path} ist beschädigt ({reason}); Composer hat sie unverändert gelassen und wird sie nicht ändern. Korrigieren Sie sie, oder verschieben Sie sie, um neu zu beginnen (die Zugangsdaten bleiben im Schlüsselbund).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read the accounts file {path}: {reason}</source>
        <translation>Die Kontendatei {path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not UTF-8 text</source>
        <translation>kein UTF-8-Text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not JSON: {problem} at line {line}</source>
        <translation>kein JSON: {problem} in Zeile {line}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a Composer accounts file: no {field}</source>
        <translation>keine Composer-Kontendatei: {field} fehlt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no format version</source>
        <translation>keine Formatversion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The accounts file {path} was written by a newer Composer (format {version}); update Composer to use it. It was left as it is.</source>
        <translation>Die Kontendatei {path} wurde von einer neueren Composer-Version geschrieben (Format {version}); aktualisieren Sie Composer, um sie zu verwenden. Sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{field} is not a list</source>
        <translation>{field} ist keine Liste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>account {n}: {reason}</source>
        <translation>Konto {n}: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>account {n}: the name {name} appears twice</source>
        <translation>Konto {n}: Der Name {name} kommt doppelt vor</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+104"/>
        <source>Cannot write the accounts file {path}: {reason}</source>
        <translation>Die Kontendatei {path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no account {name} (accounts: {names})</source>
        <translation>Es gibt kein Konto {name} (Konten: {names})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no account {name} (there are no accounts yet)</source>
        <translation>Es gibt kein Konto {name} (noch keine Konten vorhanden)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown secret {key}; the secrets are: {keys}</source>
        <translation>Unbekannte Zugangsdaten {key}; möglich sind: {keys}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>missing {field}</source>
        <translation>{field} fehlt</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../composer/ui/accounts_dialog.py" line="-373"/>
        <source>New LWA client secret…</source>
        <translation>Neues LWA-Client-Secret…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New refresh token…</source>
        <translation>Neues Refresh-Token…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWA client ID…</source>
        <translation>LWA-Client-ID…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP password…</source>
        <translation>SMTP-Passwort…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LWA client id</source>
        <translation>LWA-Client-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWA client secret</source>
        <translation>LWA-Client-Secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refresh token</source>
        <translation>Refresh-Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP password</source>
        <translation>SMTP-Passwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The LWA client secret of “{account}” (Developer Console: your app&apos;s new LWA credentials):</source>
        <translation>Das LWA-Client-Secret von „{account}“ (Developer Console: die neuen LWA-Zugangsdaten Ihrer App):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The refresh token of “{account}” (from authorising the app again in Seller Central):</source>
        <translation>Das Refresh-Token von „{account}“ (aus der erneuten Autorisierung der App in Seller Central):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The LWA client ID of “{account}”:</source>
        <translation>Die LWA-Client-ID von „{account}“:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SMTP password of “{account}”:</source>
        <translation>Das SMTP-Passwort von „{account}“:</translation>
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
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (Port 587)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (Port 465)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (only a server on this computer)</source>
        <translation>Keine (nur für einen Server auf diesem Computer)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Setup</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyring</source>
        <translation>Schlüsselbund</translation>
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
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove the account “{account}” and delete its secrets from the keyring ({secrets})? Messages already in the outbox stay there; those still waiting cannot be sent without it.</source>
        <translation>Das Konto „{account}“ entfernen und seine Zugangsdaten aus dem Schlüsselbund löschen ({secrets})? Nachrichten im Postausgang bleiben dort; noch wartende können ohne das Konto nicht gesendet werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the account “{account}”? Messages already in the outbox stay there; those still waiting cannot be sent without it.</source>
        <translation>Das Konto „{account}“ entfernen? Nachrichten im Postausgang bleiben dort; noch wartende können ohne das Konto nicht gesendet werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <location line="+750"/>
        <source>{marketplace} · sandbox</source>
        <translation>{marketplace} · Sandbox</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{secrets} (missing: {missing})</source>
        <translation>{secrets} (fehlend: {missing})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{result} (Set a secret: {secrets})</source>
        <translation>{result} (Zugangsdaten hinterlegen: {secrets})</translation>
    </message>
</context>
<context>
    <name>AccountsCli</name>
    <message>
        <location filename="../composer/cli_accounts.py" line="+68"/>
        <source>add, list, remove and test seller accounts (secrets in the OS keyring)</source>
        <translation>Verkäuferkonten hinzufügen, auflisten, entfernen und testen (Zugangsdaten im Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seller accounts for sending: SP-API (region, marketplace, Login with Amazon credentials) and e-mail (SMTP server, authorised sender). Secrets go to the OS keyring only, and are never given as arguments: Composer asks for them on a terminal, or reads name=value lines from standard input. Exit status 0: done; 1: a problem found (a failed test, no keyring, a missing secret); 2: bad usage or an unreadable accounts file.</source>
        <translation>Verkäuferkonten für den Versand: SP-API (Region, Marktplatz, Zugangsdaten für Login with Amazon) und E-Mail (SMTP-Server, autorisierter Absender). Zugangsdaten kommen nur in den Schlüsselbund des Betriebssystems und werden nie als Argumente übergeben: Composer fragt auf einem Terminal danach oder liest Zeilen der Form name=value von der Standardeingabe. Exit-Status 0: erledigt; 1: ein Problem gefunden (ein fehlgeschlagener Test, kein Schlüsselbund, fehlende Zugangsdaten); 2: falsche Verwendung oder eine nicht lesbare Kontendatei.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>keep the accounts file in DIR, as the window&apos;s --data-dir does (default: your user config folder); secrets stay in the keyring either way</source>
        <translation>die Kontendatei in DIR ablegen, wie --data-dir des Fensters (Standard: Ihr Konfigurationsordner); Zugangsdaten bleiben in jedem Fall im Schlüsselbund</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>add an account and store its secrets in the keyring</source>
        <translation>ein Konto hinzufügen und seine Zugangsdaten im Schlüsselbund speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add an account. Secrets asked for (Enter skips): {secrets}. Without a terminal, or with --secrets-stdin, give them on standard input as name=value lines (e.g. lwa_client_secret=...).</source>
        <extracomment>{secrets}: the secrets&apos; names, as typed on standard input (lwa_client_id, …).</extracomment>
        <translation>Ein Konto hinzufügen. Abgefragte Zugangsdaten (Eingabetaste überspringt): {secrets}. Ohne Terminal oder mit --secrets-stdin geben Sie sie auf der Standardeingabe als Zeilen der Form name=value an (z. B. lwa_client_secret=...).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a name for the account, e.g. shop-de</source>
        <translation>ein Name für das Konto, z. B. shop-de</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the main marketplace: {codes}</source>
        <translation>der Hauptmarktplatz: {codes}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the SP-API region (default: the marketplace&apos;s)</source>
        <translation>die SP-API-Region (Standard: die des Marktplatzes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use Amazon&apos;s SP-API sandbox hosts</source>
        <translation>die Sandbox-Hosts der SP-API von Amazon verwenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>send SP-API calls here instead of Amazon&apos;s host (https; http only to this machine)</source>
        <translation>SP-API-Aufrufe hierhin statt an Amazons Host senden (https; http nur zu diesem Rechner)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>exchange tokens here instead of Login with Amazon (https; http only to this machine)</source>
        <translation>Token hier statt bei Login with Amazon tauschen (https; http nur zu diesem Rechner)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the SMTP server for e-mail to buyers</source>
        <translation>der SMTP-Server für E-Mails an Käufer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>default: 587, 465 for ssl, 25 for plain</source>
        <translation>Standard: 587, 465 bei ssl, 25 bei plain</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>starttls (default), ssl, or plain (only to this machine)</source>
        <translation>starttls (Standard), ssl oder plain (nur zu diesem Rechner)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the SMTP login name</source>
        <translation>der SMTP-Anmeldename</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the From address: one authorised for Buyer-Seller Messaging in Seller Central</source>
        <translation>die Absenderadresse (From): eine in Seller Central für Käufer-Verkäufer-Nachrichten autorisierte Adresse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>list the accounts (never a secret)</source>
        <translation>die Konten auflisten (nie Zugangsdaten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the accounts: settings, which secrets the keyring holds (never their values), and client-secret rotation reminders.</source>
        <translation>Die Konten auflisten: Einstellungen, welche Zugangsdaten der Schlüsselbund enthält (nie deren Werte), und Erinnerungen an die Erneuerung des Client-Secrets.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>remove an account and its secrets</source>
        <translation>ein Konto und seine Zugangsdaten entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove an account and delete its secrets from the keyring.</source>
        <translation>Ein Konto entfernen und seine Zugangsdaten aus dem Schlüsselbund löschen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>check the keyring, Login with Amazon and the SMTP login</source>
        <translation>Schlüsselbund, Login with Amazon und SMTP-Anmeldung prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the keyring holds each secret the account needs, that Login with Amazon exchanges its refresh token for an access token, and that the SMTP server accepts its login. Nothing is sent to a buyer.</source>
        <translation>Prüfen, ob der Schlüsselbund alle Zugangsdaten enthält, die das Konto braucht, ob Login with Amazon das Refresh-Token gegen ein Zugriffstoken tauscht und ob der SMTP-Server die Anmeldung annimmt. An Käufer wird nichts gesendet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>per connection</source>
        <translation>pro Verbindung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>store or replace one secret (e.g. a rotated LWA client secret)</source>
        <translation>einzelne Zugangsdaten speichern oder ersetzen (z. B. ein erneuertes LWA-Client-Secret)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store or replace one secret of an account: {secrets}. Asked for on a terminal; otherwise read from standard input (the value alone, or name=value). Saving lwa_client_secret restarts its 180-day rotation reminder.</source>
        <extracomment>{secrets}: the secrets&apos; names, as typed on the command line (lwa_client_id, …).</extracomment>
        <translation>Einzelne Zugangsdaten eines Kontos speichern oder ersetzen: {secrets}. Auf einem Terminal wird danach gefragt, sonst wird von der Standardeingabe gelesen (nur der Wert oder name=value). Das Speichern von lwa_client_secret startet die 180-Tage-Erinnerung zur Erneuerung neu.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>read secrets from standard input as name=value lines even on a terminal</source>
        <translation>Zugangsdaten auch auf einem Terminal als Zeilen der Form name=value von der Standardeingabe lesen</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>An account named {account} exists already</source>
        <translation>Ein Konto mit dem Namen {account} gibt es bereits</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SP-API needs all three of {secrets}, or none; missing: {missing}</source>
        <translation>Die SP-API braucht alle drei Werte {secrets} oder keinen; fehlend: {missing}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an smtp_password was given, but the account has no --smtp-user</source>
        <translation>smtp_password wurde angegeben, aber das Konto hat kein --smtp-user</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added account {account}: {region}, {marketplace} (Amazon.{domain}), {mode}.</source>
        <translation>Konto {account} hinzugefügt: {region}, {marketplace} (Amazon.{domain}), {mode}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Secrets in the keyring ({keyring}): {secrets}.</source>
        <translation>Zugangsdaten im Schlüsselbund ({keyring}): {secrets}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No secrets given: add them with composer accounts set-secret.</source>
        <translation>Keine Zugangsdaten angegeben: Hinterlegen Sie sie mit composer accounts set-secret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check it with: composer accounts test {account}</source>
        <translation>Prüfen mit: composer accounts test {account}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{label} ({key}; Enter to skip): </source>
        <translation>{label} ({key}; Eingabetaste zum Überspringen): </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{label} ({key}): </source>
        <translation>{label} ({key}): </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no {key} given; nothing changed</source>
        <translation>{key} nicht angegeben; nichts geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the {label} of account {account} in the keyring.</source>
        <translation>{label} des Kontos {account} im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon requires the next rotation by {date} (180 days).</source>
        <translation>Amazon verlangt die nächste Erneuerung bis {date} (180 Tage).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No accounts yet; add one with: composer accounts add NAME --marketplace CODE</source>
        <translation>Noch keine Konten; fügen Sie eines hinzu mit: composer accounts add NAME --marketplace CODE</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>; client secret saved {date}</source>
        <translation>; Client-Secret gespeichert am {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SP-API: {url}, LWA {lwa_url} (secrets set: {secrets}{saved})</source>
        <extracomment>{saved} is empty or &quot;; client secret saved {date}&quot;.</extracomment>
        <translation>SP-API: {url}, LWA {lwa_url} (hinterlegt: {secrets}{saved})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SP-API: not set up (no LWA credentials)</source>
        <translation>SP-API: nicht eingerichtet (keine LWA-Zugangsdaten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, user {user}</source>
        <translation>, Benutzer {user}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, no login</source>
        <translation>, ohne Anmeldung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (secret set: smtp_password)</source>
        <translation> (hinterlegt: smtp_password)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (no smtp_password set)</source>
        <translation> (smtp_password nicht hinterlegt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no sender set</source>
        <translation>kein Absender festgelegt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e-mail: {host}:{port} {security}{login}, from {sender}{password}</source>
        <extracomment>{login} is &quot;, user {user}&quot; or &quot;, no login&quot;; {password} says whether the keyring holds the SMTP password, or is empty.</extracomment>
        <translation>E-Mail: {host}:{port} {security}{login}, Absender {sender}{password}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e-mail: not set up (no SMTP server)</source>
        <translation>E-Mail: nicht eingerichtet (kein SMTP-Server)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Removed account {account} and its secrets from the keyring.</source>
        <translation>Konto {account} und seine Zugangsdaten aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Testing account {account}:</source>
        <translation>Konto {account} wird getestet:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{problem}. Save: {commands}</source>
        <extracomment>{problem}: which secrets are missing; {commands}: the commands to save them.</extracomment>
        <translation>{problem}. Hinterlegen mit: {commands}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{problem} Save it with: {commands}</source>
        <translation>{problem} Hinterlegen mit: {commands}</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>standard input, line {line}: not a name=value line (names: {names})</source>
        <translation>Standardeingabe, Zeile {line}: keine Zeile der Form name=value (Namen: {names})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>standard input, line {line}: unknown secret {name} (names: {names})</source>
        <translation>Standardeingabe, Zeile {line}: unbekannter Name {name} (Namen: {names})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>standard input, line {line}: {name} given twice</source>
        <translation>Standardeingabe, Zeile {line}: {name} doppelt angegeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>standard input, line {line}: {name} is empty</source>
        <translation>Standardeingabe, Zeile {line}: {name} ist leer</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>standard input holds %n lines; give the {key} alone</source>
        <translation>
            <numerusform>Die Standardeingabe enthält %n Zeile; geben Sie nur den Wert von {key} an</numerusform>
            <numerusform>Die Standardeingabe enthält %n Zeilen; geben Sie nur den Wert von {key} an</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>sandbox</source>
        <comment>SP-API mode of an account</comment>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>production</source>
        <comment>SP-API mode of an account</comment>
        <translation>Produktion</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>setup</source>
        <comment>a step of accounts test</comment>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keyring</source>
        <comment>a step of accounts test</comment>
        <translation>Schlüsselbund</translation>
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
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../composer/ui/accounts_dialog.py" line="-369"/>
        <location line="+2"/>
        <source>Seller accounts</source>
        <translation>Verkäuferkonten</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Keyring</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up for</source>
        <translation>Eingerichtet für</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secrets in the keyring</source>
        <translation>Zugangsdaten im Schlüsselbund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account details</source>
        <translation>Kontodetails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a &amp;secret</source>
        <translation>&amp;Zugangsdaten hinterlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a secret</source>
        <translation>Zugangsdaten hinterlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secrets</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test account</source>
        <translation>Konto testen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Checking the keyring…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Secrets are kept in the system keyring ({keyring}), nowhere else.</source>
        <translation>Zugangsdaten liegen im Schlüsselbund des Systems ({keyring}) und nirgendwo sonst.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keyring cannot be used: {error}</source>
        <translation>Der Schlüsselbund kann nicht verwendet werden: {error}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Client secret due {date}</source>
        <translation>Client-Secret erneuern bis {date}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No seller account yet. Add one to send by the SP-API or by e-mail.</source>
        <translation>Noch kein Verkäuferkonto. Fügen Sie eines hinzu, um über die SP-API oder per E-Mail zu senden.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>SP-API: {sp_api}; Login with Amazon: {lwa}</source>
        <translation>SP-API: {sp_api}; Login with Amazon: {lwa}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SP-API: not set up (no Login with Amazon credentials).</source>
        <translation>SP-API: nicht eingerichtet (keine Zugangsdaten für Login with Amazon).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no sender set</source>
        <translation>kein Absender festgelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail: {server} ({security}, user {user}), from {sender}</source>
        <translation>E-Mail: {server} ({security}, Benutzer {user}), von {sender}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail: {server} ({security}, no login), from {sender}</source>
        <translation>E-Mail: {server} ({security}, ohne Anmeldung), von {sender}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-mail: not set up (no mail server).</source>
        <translation>E-Mail: nicht eingerichtet (kein Mailserver).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{notice}. Here: Set a secret › New LWA client secret…</source>
        <translation>{notice}. Hier: Zugangsdaten hinterlegen › Neues LWA-Client-Secret…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Testing… (nothing is sent to a buyer)</source>
        <translation>Wird getestet… (an Käufer wird nichts gesendet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The test could not run: {error}</source>
        <translation>Der Test konnte nicht ausgeführt werden: {error}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Saving the {secret}…</source>
        <translation>{secret} wird gespeichert…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved. The next rotation is due by {date}.</source>
        <translation>Gespeichert. Die nächste Erneuerung ist bis {date} fällig.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“{account}” was not removed: {error}</source>
        <translation>„{account}“ wurde nicht entfernt: {error}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../composer/app.py" line="+42"/>
        <source>Open the Composer window (composer check … runs the checker instead).</source>
        <translation>Öffnet das Composer-Fenster (composer check … startet stattdessen die Prüfung).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>open the window on a sample message, print its check and exit</source>
        <translation>das Fenster mit einer Beispielnachricht öffnen, deren Prüfung ausgeben und beenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>keep drafts, templates, the dictionary, settings and seller accounts here (default: your user data and config folders; secrets stay in the system keyring)</source>
        <translation>Entwürfe, Vorlagen, Wörterbuch, Einstellungen und Verkäuferkonten hier ablegen (Standard: Ihre Ordner für Benutzerdaten und Konfiguration; Zugangsdaten bleiben im Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Composer cannot keep drafts: {error}</source>
        <translation>Composer kann keine Entwürfe speichern: {error}</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The drafts database cannot be opened: {error}</source>
        <translation>Die Entwurfsdatenbank kann nicht geöffnet werden: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The drafts database cannot be opened: {error}

Set it aside (it is kept, renamed) and start with an empty one?</source>
        <translation>Die Entwurfsdatenbank kann nicht geöffnet werden: {error}

Soll sie beiseitegelegt (sie bleibt umbenannt erhalten) und mit einer leeren begonnen werden?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The old database was kept as {path}.</source>
        <translation>Die alte Datenbank wurde als {path} aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>AttachmentWords</name>
    <message>
        <location filename="../composer/services/attachments.py" line="+80"/>
        <source>{file}: not a file (a folder or a device)</source>
        <translation>{file}: ist keine Datei (ein Ordner oder ein Gerät)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file}: cannot be read ({reason})</source>
        <translation>{file}: kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{file}: larger than 10 MB, more than Amazon takes</source>
        <translation>{file}: größer als 10 MB, mehr als Amazon annimmt</translation>
    </message>
</context>
<context>
    <name>ChannelPage</name>
    <message>
        <location filename="../composer/ui/preview_dialog.py" line="+39"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
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
        <translation>E-Mail-Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} preview</source>
        <translation>Vorschau: {channel}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} length</source>
        <translation>Länge: {channel}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this channel removes or changes:</source>
        <translation>Was dieser Kanal entfernt oder ändert:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What {channel} removes or changes</source>
        <translation>Was {channel} entfernt oder ändert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Subject: {subject}</source>
        <translation>Betreff: {subject}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject: (none)</source>
        <translation>Betreff: (keiner)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(an empty message)</source>
        <translation>(eine leere Nachricht)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No text is sent with this message type.</source>
        <translation>Mit diesem Nachrichtentyp wird kein Text gesendet.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing: the buyer gets the message as shown</source>
        <translation>Nichts: Der Käufer erhält die Nachricht wie angezeigt</translation>
    </message>
</context>
<context>
    <name>ChannelPreviewDialog</name>
    <message>
        <location line="+45"/>
        <location line="+1"/>
        <source>Channel preview</source>
        <translation>Kanalvorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{channel} (chosen)</source>
        <translation>{channel} (ausgewählt)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln character(s) of text; no length limit is known for e-mail</source>
        <translation>
            <numerusform>%Ln Zeichen Text; für E-Mail ist keine Längenbegrenzung bekannt</numerusform>
            <numerusform>%Ln Zeichen Text; für E-Mail ist keine Längenbegrenzung bekannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln character(s); no length limit is known for Seller Central&apos;s form</source>
        <translation>
            <numerusform>%Ln Zeichen; für das Formular in Seller Central ist keine Längenbegrenzung bekannt</numerusform>
            <numerusform>%Ln Zeichen; für das Formular in Seller Central ist keine Längenbegrenzung bekannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln character(s); the message type “{type}” is unknown, so there is no limit to check</source>
        <translation>
            <numerusform>%Ln Zeichen; der Nachrichtentyp „{type}“ ist unbekannt, daher lässt sich keine Begrenzung prüfen</numerusform>
            <numerusform>%Ln Zeichen; der Nachrichtentyp „{type}“ ist unbekannt, daher lässt sich keine Begrenzung prüfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln character(s); choose a message type to see its limit</source>
        <translation>
            <numerusform>%Ln Zeichen; wählen Sie einen Nachrichtentyp, um seine Begrenzung zu sehen</numerusform>
            <numerusform>%Ln Zeichen; wählen Sie einen Nachrichtentyp, um seine Begrenzung zu sehen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{type}” takes no text: Amazon writes the request itself</source>
        <translation>„{type}“ nimmt keinen Text an: Amazon schreibt die Anfrage selbst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{type}” takes no text: it sends documents only, none of this text</source>
        <translation>„{type}“ nimmt keinen Text an: Es werden nur Dokumente gesendet, nichts von diesem Text</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{count} / {limit} characters allowed for “{type}”: %Ln over the limit</source>
        <translation>
            <numerusform>{count} / {limit} Zeichen für „{type}“ erlaubt: %Ln zu viel</numerusform>
            <numerusform>{count} / {limit} Zeichen für „{type}“ erlaubt: %Ln zu viel</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} / {limit} characters allowed for “{type}”</source>
        <translation>{count} / {limit} Zeichen für „{type}“ erlaubt</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../composer/ui/panel.py" line="+52"/>
        <source>Critical: reaches the buyer even if they opted out</source>
        <translation>Kritisch: erreicht den Käufer, auch wenn er Nachrichten abbestellt hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proactive: permitted, but bounces for buyers who opted out</source>
        <translation>Proaktiv: zulässig, aber nicht zustellbar an Käufer, die Nachrichten abbestellt haben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forbidden: Amazon does not allow this message</source>
        <translation>Verboten: Amazon erlaubt diese Nachricht nicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>proactive</source>
        <translation>proaktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>forbidden</source>
        <translation>verboten</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>permitted</source>
        <translation>zulässig</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Policy checks</source>
        <translation>Richtlinienprüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message category</source>
        <translation>Nachrichtenkategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purposes and evidence</source>
        <translation>Zwecke und Belege</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested SP-API message type</source>
        <translation>Vorgeschlagener SP-API-Nachrichtentyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+37"/>
        <location line="+35"/>
        <source>Fix all safe</source>
        <translation>Sichere Korrekturen anwenden</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Start writing: the checks appear as you type.</source>
        <translation>Beginnen Sie zu schreiben: Die Prüfungen erscheinen während der Eingabe.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>SP-API message type: {title} ({id})</source>
        <translation>SP-API-Nachrichtentyp: {title} ({id})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SP-API message type: none fits this message</source>
        <translation>SP-API-Nachrichtentyp: keiner passt zu dieser Nachricht</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Fix all safe (%n)</source>
        <translation>
            <numerusform>Sichere Korrekturen anwenden (%n)</numerusform>
            <numerusform>Sichere Korrekturen anwenden (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>Errors (%n)</source>
        <translation>
            <numerusform>Fehler (%n)</numerusform>
            <numerusform>Fehler (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Warnings (%n)</source>
        <translation>
            <numerusform>Warnung (%n)</numerusform>
            <numerusform>Warnungen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Notes (%n)</source>
        <translation>
            <numerusform>Hinweis (%n)</numerusform>
            <numerusform>Hinweise (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>“{phrase}”</source>
        <extracomment>A phrase that showed the purpose, quoted as your language quotes.</extracomment>
        <translation>„{phrase}“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Purposes:</source>
        <translation>Zwecke:</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../composer/cli.py" line="+57"/>
        <source>unrecognized arguments (not repeated here, in case one is a secret: secrets are asked for, or read from standard input, never given as arguments)</source>
        <translation>nicht erkannte Argumente (hier nicht wiederholt, falls eines geheim ist: Zugangsdaten werden abgefragt oder von der Standardeingabe gelesen, nie als Argumente übergeben)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write Amazon buyer messages that Amazon will accept.</source>
        <translation>Nachrichten an Amazon-Käufer schreiben, die Amazon akzeptiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without a command, composer opens its window (options: --data-dir DIR to keep drafts there, --smoke-test to open it on a sample message, print the check and exit).</source>
        <translation>Ohne Befehl öffnet composer sein Fenster (Optionen: --data-dir DIR, um Entwürfe dort abzulegen, --smoke-test, um es mit einer Beispielnachricht zu öffnen, die Prüfung auszugeben und es zu beenden).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>check message files against Amazon&apos;s messaging rules</source>
        <translation>Nachrichtendateien anhand von Amazons Nachrichtenregeln prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check message files (.txt, .html, .htm, .eml, .json; a folder is searched for them; - reads standard input) against Amazon&apos;s buyer-seller messaging rules. Exit status 0: nothing blocks sending; 1: an error-level finding or a forbidden message; 2: bad usage or an unreadable file.</source>
        <translation>Nachrichtendateien (.txt, .html, .htm, .eml, .json; ein Ordner wird danach durchsucht; - liest die Standardeingabe) anhand von Amazons Regeln für Käufer-Verkäufer-Nachrichten prüfen. Exit-Status 0: nichts verhindert das Senden; 1: eine Meldung der Stufe Fehler oder eine verbotene Nachricht; 2: falsche Verwendung oder eine nicht lesbare Datei.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>channel for files that do not name one (default: email)</source>
        <translation>Kanal für Dateien, die keinen angeben (Standard: email)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the buyer&apos;s language of preference for files that do not give one</source>
        <translation>die bevorzugte Sprache des Käufers für Dateien, die keine angeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>judge dates as of this day (default: today)</source>
        <translation>Datumsangaben mit Stand dieses Tages beurteilen (Standard: heute)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>treat styling, spelling and grammar warnings as errors</source>
        <translation>Warnungen zu Gestaltung, Rechtschreibung und Grammatik als Fehler behandeln</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>your spelling dictionary: one word per line</source>
        <translation>Ihr Rechtschreibwörterbuch: ein Wort pro Zeile</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>do not report this rule (repeatable)</source>
        <translation>diese Regel nicht melden (wiederholbar)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list the rules</source>
        <translation>die Regeln auflisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List every rule with its severity and source.</source>
        <translation>Jede Regel mit Schweregrad und Quelle auflisten.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not a date (YYYY-MM-DD): {value}</source>
        <translation>kein Datum (JJJJ-MM-TT): {value}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>unknown rule for --disable: {rule}</source>
        <translation>unbekannte Regel für --disable: {rule}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read the dictionary {path}: {error}</source>
        <translation>das Wörterbuch {path} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>folder holds no message files ({suffixes})</source>
        <translation>der Ordner enthält keine Nachrichtendateien ({suffixes})</translation>
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
            <numerusform>%n geprüft</numerusform>
            <numerusform>%n geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n cannot be sent as written</source>
        <translation>
            <numerusform>%n kann so nicht gesendet werden</numerusform>
            <numerusform>%n können so nicht gesendet werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>; %n could not be read</source>
        <translation>
            <numerusform>; %n konnte nicht gelesen werden</numerusform>
            <numerusform>; %n konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryWords</name>
    <message>
        <location filename="../composer/services/recorded.py" line="+92"/>
        <source>Not sent yet: {reason} It goes out when the connection is back.</source>
        <translation>Noch nicht gesendet: {reason} Die Nachricht wird gesendet, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amazon asked to wait: {reason}</source>
        <translation>Amazon hat gebeten, später erneut zu senden: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot reach the mail server {server} ({why}); nothing was sent.</source>
        <translation>Der Mailserver {server} ist nicht erreichbar ({why}); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the host name is not known</source>
        <translation>der Hostname ist unbekannt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>connection refused: nothing listens on that port</source>
        <translation>Verbindung abgelehnt: An diesem Port wartet kein Dienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answer in time</source>
        <translation>keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon does not allow this message type for this order now ({said}). Ask which types the order allows and choose one of them.</source>
        <translation>Amazon erlaubt diesen Nachrichtentyp für diese Bestellung derzeit nicht ({said}). Fragen Sie ab, welche Typen die Bestellung erlaubt, und wählen Sie einen davon.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amazon does not allow this message type for this order now ({said}). Ask which types the order allows and choose one of them. Request id: {reference}.</source>
        <translation>Amazon erlaubt diesen Nachrichtentyp für diese Bestellung derzeit nicht ({said}). Fragen Sie ab, welche Typen die Bestellung erlaubt, und wählen Sie einen davon. Anfrage-ID: {reference}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Account {name} has no SMTP server set up for e-mail</source>
        <translation>Für das Konto {name} ist kein SMTP-Server für E-Mails eingerichtet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plain SMTP to {host} is refused: it is allowed only to this machine</source>
        <translation>Unverschlüsseltes SMTP zu {host} wird abgelehnt: Es ist nur zum eigenen Rechner erlaubt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keyring holds no SMTP password for account {name}; save it with: {command}</source>
        <translation>Im Schlüsselbund ist kein SMTP-Passwort für das Konto {name} hinterlegt; hinterlegen Sie es mit: {command}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account {name} has no sender address: set the address authorised for Buyer-Seller Messaging in Seller Central</source>
        <translation>Das Konto {name} hat keine Absenderadresse: Tragen Sie die Adresse ein, die in Seller Central für Käufer-Verkäufer-Nachrichten autorisiert ist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The e-mail cannot be made: {reason}</source>
        <translation>Die E-Mail kann nicht erstellt werden: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server {server} does not offer STARTTLS; Composer does not send the password and the message unencrypted (choose ssl if it offers that)</source>
        <translation>Der Mailserver {server} bietet kein STARTTLS an; Composer sendet Passwort und Nachricht nicht unverschlüsselt (wählen Sie ssl, falls der Server das anbietet)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The mail server {server} failed the certificate check ({why}); Composer does not send to a server it cannot verify</source>
        <translation>Der Mailserver {server} hat die Zertifikatsprüfung nicht bestanden ({why}); Composer sendet nicht an einen Server, dessen Identität es nicht prüfen kann</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The encrypted connection to {server} failed ({why})</source>
        <translation>Die verschlüsselte Verbindung zu {server} ist fehlgeschlagen ({why})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server {server} closed the connection before the message was sent ({why}); nothing was sent.</source>
        <translation>Der Mailserver {server} hat die Verbindung geschlossen, bevor die Nachricht gesendet wurde ({why}); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The mail server closed the connection during the login ({why}); nothing was sent.</source>
        <translation>Der Mailserver hat die Verbindung während der Anmeldung geschlossen ({why}); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to the mail server {server} was lost after the message was sent and before the server confirmed it ({why}). The buyer may have received it: check the Buyer-Seller Messages page in Seller Central before sending it again.</source>
        <translation>Die Verbindung zum Mailserver {server} ist abgebrochen, nachdem die Nachricht gesendet wurde und bevor der Server sie bestätigt hat ({why}). Möglicherweise hat der Käufer sie erhalten: Prüfen Sie die Seite „Käufer-Verkäufer-Nachrichten“ in Seller Central, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The mail server offers no login Composer can use on this connection ({offered}); check the SMTP security setting</source>
        <translation>Der Mailserver bietet für diese Verbindung keine Anmeldemethode an, die Composer verwenden kann ({offered}); prüfen Sie die Einstellung der SMTP-Verschlüsselung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The SMTP user name or password has characters outside ASCII, which the SMTP login cannot carry; use an ASCII password (an app password) for Composer</source>
        <translation>Der SMTP-Benutzername oder das Passwort enthält Zeichen außerhalb von ASCII, die die SMTP-Anmeldung nicht übertragen kann; verwenden Sie für Composer ein ASCII-Passwort (ein App-Passwort)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>refused the sender {address}</source>
        <translation>hat den Absender {address} abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused the recipient {address}</source>
        <translation>hat den Empfänger {address} abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused to take the message (DATA)</source>
        <translation>hat die Annahme der Nachricht verweigert (DATA)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>did not accept the message</source>
        <translation>hat die Nachricht nicht angenommen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused the connection</source>
        <translation>hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused a command</source>
        <translation>hat einen Befehl abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused the greeting (EHLO/HELO)</source>
        <translation>hat die Begrüßung abgelehnt (EHLO/HELO)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused the login of {user}</source>
        <translation>hat die Anmeldung von {user} abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{refusal} (a temporary refusal)</source>
        <translation>{refusal} (vorübergehende Ablehnung)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server {server} {what}: {reply}</source>
        <translation>Der Mailserver {server} {what}: {reply}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sending the {title} message</source>
        <translation>Senden der Nachricht vom Typ {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>requesting the review</source>
        <translation>Anfordern der Bewertung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>asking which message types the order allows</source>
        <translation>Abfragen, welche Nachrichtentypen die Bestellung erlaubt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>asking whether a review request is allowed</source>
        <translation>Abfragen, ob eine Bewertungsanfrage erlaubt ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>asking for the buyer&apos;s language</source>
        <translation>Abfragen der Sprache des Käufers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>preparing the upload of {name}</source>
        <translation>Vorbereiten des Hochladens von {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon found the request invalid</source>
        <translation>Amazon hat die Anfrage als ungültig eingestuft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon did not accept the access token</source>
        <translation>Amazon hat das Zugriffstoken nicht akzeptiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amazon denied access: the app may lack the Buyer Communication (or Buyer Solicitation) role, the seller may have to authorize it again after a role was added, or the order belongs to another region&apos;s marketplace</source>
        <translation>Amazon hat den Zugriff verweigert – möglicherweise fehlt der App die Rolle „Buyer Communication“ (oder „Buyer Solicitation“), der Verkäufer muss die App nach dem Hinzufügen einer Rolle erneut autorisieren, oder die Bestellung gehört zu einem Marktplatz einer anderen Region</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Amazon does not know this order in this marketplace</source>
        <translation>Amazon kennt diese Bestellung auf diesem Marktplatz nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the request is too large for Amazon</source>
        <translation>Die Anfrage ist für Amazon zu groß</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon did not accept the content type</source>
        <translation>Amazon hat den Inhaltstyp (Content-Type) nicht akzeptiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon refused the request</source>
        <translation>Amazon hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{hint} while {what} ({said}).</source>
        <extracomment>{hint} is one of the refusals above, {what} what was being done, {said} Amazon&apos;s own words.</extracomment>
        <translation>Beim {what}: {hint} ({said}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{hint} while {what} ({said}). Request id: {reference}.</source>
        <translation>Beim {what}: {hint} ({said}). Anfrage-ID: {reference}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{order} is not an Amazon order id (like 123-1234567-1234567).</source>
        <translation>{order} ist keine Amazon-Bestellnummer (Format: 123-1234567-1234567).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amazon removed the message type {type} from the SP-API on {day}; it can no longer be sent.</source>
        <translation>Amazon hat den Nachrichtentyp {type} am {day} aus der SP-API entfernt; Nachrichten dieses Typs können nicht mehr gesendet werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{type} is not an SP-API message type.</source>
        <translation>{type} ist kein SP-API-Nachrichtentyp.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{type} is a Solicitations request, not a message: use request_review.</source>
        <translation>{type} ist eine Anfrage der Solicitations API, keine Nachricht: Verwenden Sie request_review.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A {title} message carries attachments only; Amazon takes no text with it.</source>
        <translation>Eine Nachricht vom Typ {title} enthält nur Anhänge; Amazon nimmt dazu keinen Text an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A {title} message needs text.</source>
        <translation>Eine Nachricht vom Typ {title} braucht einen Text.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The text contains HTML (tags or character references); Amazon shows it as plain text, so convert it first.</source>
        <translation>Der Text enthält HTML (Tags oder Zeichenreferenzen); Amazon zeigt ihn als reinen Text an. Wandeln Sie ihn daher zuerst in reinen Text um.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The text has {count} characters; Amazon takes at most {limit} in a {title} message.</source>
        <translation>Der Text hat {count} Zeichen; Amazon nimmt in einer Nachricht vom Typ {title} höchstens {limit} an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A {title} message takes no attachments.</source>
        <translation>Eine Nachricht vom Typ {title} kann keine Anhänge enthalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A {title} message needs at least 1 attachment.</source>
        <translation>Eine Nachricht vom Typ {title} braucht mindestens einen Anhang.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A {title} message needs at least {low} attachments.</source>
        <translation>Eine Nachricht vom Typ {title} braucht mindestens {low} Anhänge.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A {title} message takes at most {high} attachments, not {count}.</source>
        <translation>Eine Nachricht vom Typ {title} kann höchstens {high} Anhänge enthalten, nicht {count}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The attachment name {name} needs an extension (like invoice.pdf) and no slashes or line breaks: it is the name the buyer sees.</source>
        <translation>Der Name des Anhangs {name} braucht eine Dateiendung (z. B. rechnung.pdf) und darf keine Schrägstriche oder Zeilenumbrüche enthalten: Unter diesem Namen sieht der Käufer die Datei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The attachment {name} is empty.</source>
        <translation>Der Anhang {name} ist leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The attachment {name} has no valid content type ({type}).</source>
        <translation>Der Anhang {name} hat keinen gültigen Inhaltstyp ({type}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The attachments add up to {size} MB; Amazon takes at most {limit} MB per message.</source>
        <translation>Die Anhänge sind zusammen {size} MB groß; Amazon nimmt höchstens {limit} MB pro Nachricht an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon refused to take the attachment ({said}). Its Uploads API is documented for North-American sellers only, and sellers in the {region} region have been refused with 403: send this message without attachments, or the files by e-mail.</source>
        <translation>Amazon hat die Annahme des Anhangs verweigert ({said}). Amazons Uploads API ist nur für Verkäufer in Nordamerika dokumentiert, und Verkäufer der Region {region} wurden bereits mit 403 abgelehnt: Senden Sie diese Nachricht ohne Anhänge oder die Dateien per E-Mail.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Amazon refused to take the attachment ({said}). The app needs the Product Listing role for attachments (besides Buyer Communication), and the seller must authorize it again after the role was added.</source>
        <translation>Amazon hat die Annahme des Anhangs verweigert ({said}). Für Anhänge braucht die App die Rolle „Product Listing“ (zusätzlich zu „Buyer Communication“), und der Verkäufer muss die App nach dem Hinzufügen der Rolle erneut autorisieren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{why} Nothing was sent to the buyer.</source>
        <translation>{why} Es wurde nichts an den Käufer gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{why} Request id: {reference}. Nothing was sent to the buyer.</source>
        <translation>{why} Anfrage-ID: {reference}. Es wurde nichts an den Käufer gesendet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Login with Amazon could not be reached: {words}. Nothing was sent; try again when the network is back.</source>
        <translation>Login with Amazon konnte nicht erreicht werden ({words}). Es wurde nichts gesendet; versuchen Sie es erneut, sobald die Netzwerkverbindung wieder besteht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Login with Amazon asks to wait before the next sign-in.</source>
        <translation>Login with Amazon bittet, vor der nächsten Anmeldung zu warten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login with Amazon did not answer properly ({status}). Nothing was sent; try again later.</source>
        <translation>Login with Amazon hat nicht ordnungsgemäß geantwortet ({status}). Es wurde nichts gesendet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login with Amazon answered without an access token.</source>
        <translation>Login with Amazon hat ohne Zugriffstoken geantwortet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The refresh token was revoked or is wrong: authorize Composer again in Seller Central and save the new refresh token.</source>
        <translation>Das Refresh-Token wurde widerrufen oder ist falsch: Autorisieren Sie Composer in Seller Central erneut und hinterlegen Sie das neue Refresh-Token.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The client id or secret is wrong, most often because the client secret was rotated (Amazon requires it every 180 days): enter the current secret.</source>
        <translation>Die Client-ID oder das Client-Secret ist falsch, meist weil das Client-Secret erneuert wurde (Amazon verlangt das alle 180 Tage): Geben Sie das aktuelle Secret ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check the account&apos;s Login with Amazon settings.</source>
        <translation>Prüfen Sie die Einstellungen des Kontos für Login with Amazon.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login with Amazon refused the credentials: {said}. {advice}</source>
        <translation>Login with Amazon hat die Zugangsdaten abgelehnt: {said}. {advice}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon could not be reached while {what}: {words}. Nothing was sent; it can be sent when the network is back.</source>
        <translation>Beim {what}: Amazon war nicht erreichbar ({words}). Es wurde nichts gesendet; die Nachricht kann gesendet werden, sobald die Netzwerkverbindung wieder besteht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The request went out while {what}, but {words}. Amazon may or may not have delivered it; {check}.</source>
        <translation>Beim {what}: Die Anfrage wurde abgeschickt, aber {words}. Ob Amazon sie zugestellt hat, ist unklar; {check}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amazon did not answer while {what}: {words}. Nothing was sent to the buyer; try again later.</source>
        <translation>Beim {what}: Amazon hat nicht geantwortet ({words}). Es wurde nichts an den Käufer gesendet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amazon asks to slow down ({said}) while {what}, after {tries} tries. Nothing was sent; it is safe to send after waiting.</source>
        <translation>Beim {what}: Amazon bittet nach {tries} Versuchen, weniger Anfragen zu senden ({said}). Es wurde nichts gesendet; nach einer Wartezeit kann gefahrlos erneut gesendet werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amazon answered {said} while {what}. It may or may not have been delivered; {check}.</source>
        <translation>Beim {what}: Amazon hat mit einem Fehler geantwortet ({said}). Ob die Zustellung erfolgt ist, ist unklar; {check}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon answered {said} while {what}. Nothing was sent to the buyer; try again later.</source>
        <translation>Beim {what}: Amazon hat mit einem Fehler geantwortet ({said}). Es wurde nichts an den Käufer gesendet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon&apos;s answer could not be read while {what} (not JSON).</source>
        <translation>Beim {what}: Amazons Antwort konnte nicht gelesen werden (kein JSON).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon&apos;s upload destination for {name} is incomplete (no id, address or headers). Nothing was sent to the buyer.</source>
        <translation>Amazons Upload-Ziel für {name} ist unvollständig (ID, Adresse oder Header fehlen). Es wurde nichts an den Käufer gesendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amazon&apos;s upload address for {name} is not https; the file was not sent. Nothing was sent to the buyer.</source>
        <translation>Amazons Upload-Adresse für {name} ist keine https-Adresse; die Datei wurde nicht hochgeladen. Es wurde nichts an den Käufer gesendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The upload of {name} failed: {words}. Nothing was sent to the buyer; it can be sent again.</source>
        <translation>Das Hochladen von {name} ist fehlgeschlagen ({words}). Es wurde nichts an den Käufer gesendet; die Nachricht kann erneut gesendet werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The upload of {name} failed: Amazon&apos;s storage answered {status} {code}: {said}. Nothing was sent to the buyer; it can be sent again.</source>
        <translation>Das Hochladen von {name} ist fehlgeschlagen: Amazons Speicher hat mit {status} {code} geantwortet ({said}). Es wurde nichts an den Käufer gesendet; die Nachricht kann erneut gesendet werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The upload of {name} failed: {hint} ({status} {code}: {said}). Nothing was sent to the buyer.</source>
        <translation>Das Hochladen von {name} ist fehlgeschlagen – {hint} ({status} {code}: {said}). Es wurde nichts an den Käufer gesendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file&apos;s checksum was not in the form Amazon expects</source>
        <translation>die Prüfsumme der Datei hatte nicht das Format, das Amazon erwartet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file changed between its checksum and the upload</source>
        <translation>die Datei wurde zwischen der Berechnung der Prüfsumme und dem Hochladen geändert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the upload did not carry the headers Amazon signed</source>
        <translation>der Upload enthielt nicht die von Amazon signierten Header</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the storage takes the file only by PUT</source>
        <translation>der Speicher nimmt die Datei nur per PUT an</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the upload address was refused; such an address expires after 15 minutes</source>
        <translation>die Upload-Adresse wurde abgelehnt; eine solche Adresse verfällt nach 15 Minuten</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>check the buyer-seller messages in Seller Central before sending it again</source>
        <translation>prüfen Sie die Käufer-Verkäufer-Nachrichten in Seller Central, bevor Sie die Nachricht erneut senden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ask whether a review request is still allowed for the order before asking again (if it is no longer allowed, this one went out)</source>
        <translation>fragen Sie bei Amazon nach, ob für die Bestellung noch eine Bewertungsanfrage erlaubt ist, bevor Sie erneut eine Bewertung anfordern (ist keine mehr erlaubt, wurde diese Anfrage gesendet)</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>the file is too large</source>
        <translation>die Datei ist zu groß</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon&apos;s storage refused it</source>
        <translation>Amazons Speicher hat die Datei abgelehnt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the connection timed out</source>
        <translation>beim Verbindungsaufbau wurde das Zeitlimit überschritten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no answer came before the time limit</source>
        <translation>innerhalb des Zeitlimits kam keine Antwort</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the secure connection failed</source>
        <translation>die gesicherte Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the proxy refused the connection</source>
        <translation>der Proxy hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the host name could not be resolved</source>
        <translation>der Hostname konnte nicht aufgelöst werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the connection was refused</source>
        <translation>die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the connection was closed before an answer came</source>
        <translation>die Verbindung wurde geschlossen, bevor eine Antwort kam</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the connection failed</source>
        <translation>die Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the request failed</source>
        <translation>die Anfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a warranty message has coverage dates.</source>
        <translation>Garantiebeginn und -ende gibt es nur bei einer Garantienachricht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The warranty coverage dates need a time zone (Amazon takes ISO 8601 with an offset).</source>
        <translation>Garantiebeginn und -ende brauchen eine Zeitzone (Amazon erwartet ISO 8601 mit UTC-Offset).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The warranty coverage ends before it starts.</source>
        <translation>Das Garantieende liegt vor dem Garantiebeginn.</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <location filename="../composer/ui/drafts_dialog.py" line="+49"/>
        <location line="+1"/>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Rename draft</source>
        <translation>Entwurf umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this draft for good?</source>
        <translation>Diesen Entwurf endgültig löschen?</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../composer/ui/export_actions.py" line="+40"/>
        <source>Amazon-safe HTML</source>
        <translation>Amazon-sicheres HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail with HTML and plain text</source>
        <translation>E-Mail mit HTML und reinem Text</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Amazon does not allow messages for this purpose: {purpose}. Take that part out, or do not send the message.</source>
        <translation>Amazon erlaubt keine Nachrichten zu diesem Zweck: {purpose}. Nehmen Sie diesen Teil heraus oder senden Sie die Nachricht nicht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon does not allow messages for these purposes: {purposes}. Take that part out, or do not send the message.</source>
        <translation>Amazon erlaubt keine Nachrichten zu diesen Zwecken: {purposes}. Nehmen Sie diesen Teil heraus oder senden Sie die Nachricht nicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amazon does not allow this kind of message.</source>
        <translation>Amazon erlaubt diese Art von Nachricht nicht.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>… and %n more (see the checks panel)</source>
        <translation>
            <numerusform>… und %n weitere (siehe Prüfbereich)</numerusform>
            <numerusform>… und %n weitere (siehe Prüfbereich)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do you want to copy it anyway?</source>
        <translation>Möchten Sie sie trotzdem kopieren?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy anyway</source>
        <translation>Trotzdem kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do you want to export it anyway?</source>
        <translation>Möchten Sie sie trotzdem exportieren?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export anyway</source>
        <translation>Trotzdem exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon would not accept this message</source>
        <translation>Amazon würde diese Nachricht nicht annehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm export</source>
        <translation>Export bestätigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amazon would block or penalise this message:</source>
        <translation>Amazon würde diese Nachricht blockieren oder sanktionieren:</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” could not be saved.

{reason}.

The message is still here: choose another folder or name and try again.</source>
        <translation>„{file}“ konnte nicht gespeichert werden.

{reason}.

Die Nachricht ist noch da: Wählen Sie einen anderen Ordner oder Namen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>message</source>
        <comment>a file name</comment>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+1"/>
        <source>Export message</source>
        <translation>Nachricht exportieren</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <location filename="../composer/services/export.py" line="+96"/>
        <source>bold</source>
        <translation>fett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>italic</source>
        <translation>kursiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>underline</source>
        <translation>unterstrichen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>formatting ({formats})</source>
        <extracomment>What a plain-text channel drops: {formats} lists &quot;bold&quot;, &quot;italic&quot;, &quot;underline&quot;.</extracomment>
        <translation>Formatierung ({formats})</translation>
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
        <translation>Aufzählungen werden zu Strichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>numbered lists become &quot;1.&quot; lines</source>
        <translation>nummerierte Listen werden zu Zeilen mit „1.“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>links become their address</source>
        <translation>Links werden durch ihre Adresse ersetzt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>e-mail subject (the API has none)</source>
        <translation>E-Mail-Betreff (die API kennt keinen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the whole text (Amazon writes the review request itself)</source>
        <translation>der gesamte Text (Amazon formuliert die Bewertungsanfrage selbst)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the text ({type} sends attachments only)</source>
        <translation>der Text ({type} sendet nur Anhänge)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>subject (Seller Central sets it from the contact reason)</source>
        <translation>Betreff (Seller Central legt ihn anhand des Kontaktgrunds fest)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the sender is not an e-mail address: {address}</source>
        <translation>der Absender ist keine E-Mail-Adresse: {address}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the recipient is not an e-mail address: {address}</source>
        <translation>der Empfänger ist keine E-Mail-Adresse: {address}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>cannot export to &apos;{suffix}&apos; (use {suffixes})</source>
        <translation>Export als „{suffix}“ nicht möglich (verwenden Sie {suffixes})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot write in {folder}: {reason}</source>
        <translation>Schreiben in {folder} nicht möglich: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <location filename="../composer/ui/panel.py" line="-393"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>{severity}: {rule}</source>
        <translation>{severity}: {rule}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Why and source</source>
        <translation>Begründung und Quelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why: {rule}</source>
        <translation>Warum: {rule}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fix</source>
        <translation>Korrigieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix: {rule}</source>
        <translation>Korrigieren: {rule}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Safe: keeps the meaning</source>
        <translation>Sicher: Die Bedeutung bleibt erhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the result: this fix changes the wording</source>
        <translation>Prüfen Sie das Ergebnis: Diese Korrektur ändert den Wortlaut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suggestions…</source>
        <translation>Vorschläge…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggestions: {rule}</source>
        <translation>Vorschläge: {rule}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignore…</source>
        <translation>Ignorieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ignore: {rule}</source>
        <translation>Ignorieren: {rule}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignore here</source>
        <translation>Hier ignorieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ignore this rule</source>
        <translation>Diese Regel ignorieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add “{word}” to the dictionary</source>
        <translation>„{word}“ zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <location line="+276"/>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
</context>
<context>
    <name>IgnoredRulesDialog</name>
    <message>
        <location filename="../composer/ui/ignored_dialog.py" line="+50"/>
        <location line="+1"/>
        <source>Ignored rules</source>
        <translation>Ignorierte Regeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No rule is ignored: every message is checked against all of them.</source>
        <translation>Keine Regel wird ignoriert: Jede Nachricht wird anhand aller Regeln geprüft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Check again</source>
        <translation>Wieder prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amazon applies these rules whether Composer shows them or not.</source>
        <translation>Amazon wendet diese Regeln an, ob Composer sie anzeigt oder nicht.</translation>
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
        <translation>die Windows-Anmeldeinformationsverwaltung (Credential Locker) ist nicht erreichbar (das Windows-Backend von keyring benötigt das Paket pywin32-ctypes und eine angemeldete Benutzersitzung)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the macOS Keychain cannot be reached (Composer must run in a logged-in user session that has a login keychain)</source>
        <translation>der macOS-Schlüsselbund ist nicht erreichbar (Composer muss in einer angemeldeten Benutzersitzung mit Anmelde-Schlüsselbund laufen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no Secret Service is running. A Secret Service such as GNOME Keyring or KWallet must be running (a desktop session starts one; without a desktop, run Composer under dbus-run-session with gnome-keyring-daemon --unlock --components=secrets)</source>
        <translation>es läuft kein Secret Service. Ein Secret Service wie GNOME Keyring oder KWallet muss laufen (eine Desktop-Sitzung startet ihn; ohne Desktop starten Sie Composer unter dbus-run-session mit gnome-keyring-daemon --unlock --components=secrets)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Composer cannot store secrets: {what}. Composer keeps secrets only in the system keyring and refuses to store them anywhere else.</source>
        <extracomment>{what} says what is missing on this system.</extracomment>
        <translation>Composer kann keine Zugangsdaten speichern: {what}. Composer bewahrt Zugangsdaten nur im Schlüsselbund des Systems auf und speichert sie nirgendwo sonst.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Composer cannot store secrets: keyring is configured to store nothing (its null backend, set by `keyring --disable`, a keyringrc.cfg or PYTHON_KEYRING_BACKEND); remove that setting so the system keyring is used. Composer keeps secrets only in the system keyring and refuses to store them anywhere else.</source>
        <translation>Composer kann keine Zugangsdaten speichern: keyring ist so konfiguriert, dass es nichts speichert (sein Null-Backend, gesetzt durch `keyring --disable`, eine keyringrc.cfg oder PYTHON_KEYRING_BACKEND); entfernen Sie diese Einstellung, damit der Schlüsselbund des Systems verwendet wird. Composer bewahrt Zugangsdaten nur im Schlüsselbund des Systems auf und speichert sie nirgendwo sonst.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Composer cannot store secrets: the configured keyring backend ({backend}) keeps them in a file, not in the system keyring. Composer keeps secrets only in the system keyring and refuses to store them anywhere else; remove keyrings.alt or choose the system backend.</source>
        <translation>Composer kann keine Zugangsdaten speichern: Das konfigurierte keyring-Backend ({backend}) legt sie in einer Datei ab, nicht im Schlüsselbund des Systems. Composer bewahrt Zugangsdaten nur im Schlüsselbund des Systems auf und speichert sie nirgendwo sonst; entfernen Sie keyrings.alt oder wählen Sie das System-Backend.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{missing} (keyring could not choose a backend: {problem})</source>
        <extracomment>{problem} is the error, as Python names it (&quot;RuntimeError: …&quot;).</extracomment>
        <translation>{missing} (keyring konnte kein Backend auswählen: {problem})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The {secret} of account {account} is empty; nothing stored.</source>
        <translation>{secret} des Kontos {account} ist leer; nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the {secret} of account {account}</source>
        <translation>{secret} des Kontos {account}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>store {what}</source>
        <extracomment>What could not be done; {what} is &quot;the refresh_token of account &apos;shop&apos;&quot;.</extracomment>
        <translation>Speichern von {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read {what}</source>
        <translation>Lesen von {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete {what}</source>
        <translation>Löschen von {what}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not {action}: the keyring stopped answering. {missing}</source>
        <extracomment>{action} is &quot;store the refresh_token of account &apos;shop&apos;&quot;.</extracomment>
        <translation>{action} fehlgeschlagen: Der Schlüsselbund antwortet nicht mehr. {missing}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (the keyring said: {detail})</source>
        <translation> (Meldung des Schlüsselbunds: {detail})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not {action}: the keyring is locked and was not unlocked (the unlock prompt was dismissed or cannot be shown here){said}. Unlock your login keyring and try again.</source>
        <translation>{action} fehlgeschlagen: Der Schlüsselbund ist gesperrt und wurde nicht entsperrt (die Abfrage zum Entsperren wurde geschlossen oder kann hier nicht angezeigt werden){said}. Entsperren Sie Ihren Anmelde-Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not {action} in the keyring ({backend}): {problem}</source>
        <translation>{action} im Schlüsselbund ({backend}) fehlgeschlagen: {problem}</translation>
    </message>
</context>
<context>
    <name>MailWords</name>
    <message>
        <location filename="../composer/services/mail.py" line="+86"/>
        <source>{address} is not a buyer&apos;s anonymised Amazon address; Amazon relays e-mail to the buyer only through it (…@{domain})</source>
        <translation>{address} ist keine anonymisierte Amazon-Adresse eines Käufers; Amazon leitet E-Mails nur über diese Adresse an den Käufer weiter (…@{domain})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{address} is a buyer address of another marketplace; buyers of Amazon.{store} ({code}) are reached at …@{domain}</source>
        <translation>{address} ist eine Käuferadresse eines anderen Marktplatzes; Käufer von Amazon.{store} ({code}) erreichen Sie unter …@{domain}</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>no encryption, this machine only</source>
        <translation>keine Verschlüsselung, nur eigener Rechner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server {server} ({security}) accepted the login of {user}.</source>
        <extracomment>{server} is host:port, {security} &quot;STARTTLS&quot;, &quot;SSL&quot; or &quot;no encryption, this machine only&quot;.</extracomment>
        <translation>Der Mailserver {server} ({security}) hat die Anmeldung von {user} akzeptiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server {server} ({security}) answered.</source>
        <translation>Der Mailserver {server} ({security}) hat geantwortet.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../composer/ui/main_window.py" line="+272"/>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message body</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Character count</source>
        <translation>Zeichenanzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox summary</source>
        <translation>Übersicht Postausgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Formatting</source>
        <translation>Formatierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ormat</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Checks</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New message</source>
        <translation>&amp;Neue Nachricht</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+757"/>
        <source>New message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message>
        <location line="-756"/>
        <source>&amp;Open a message file…</source>
        <translation>Nachrichtendatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a message file</source>
        <translation>Nachrichtendatei öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Drafts…</source>
        <translation>&amp;Entwürfe…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Templates…</source>
        <translation>&amp;Vorlagen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename draft…</source>
        <translation>Entwurf &amp;umbenennen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+531"/>
        <source>Rename draft</source>
        <translation>Entwurf umbenennen</translation>
    </message>
    <message>
        <location line="-529"/>
        <source>Copy as Amazon-safe &amp;HTML</source>
        <translation>Als Amazon-sicheres &amp;HTML kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as Amazon-safe HTML</source>
        <translation>Als Amazon-sicheres HTML kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy as plain &amp;text</source>
        <translation>Als reinen &amp;Text kopieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy as plain text</source>
        <translation>Als reinen Text kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channel preview…</source>
        <translation>&amp;Kanalvorschau…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel preview</source>
        <translation>Kanalvorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bold</source>
        <translation>&amp;Fett</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Italic</source>
        <translation>&amp;Kursiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Underline</source>
        <translation>&amp;Unterstrichen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Underline</source>
        <translation>Unterstrichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulleted &amp;list</source>
        <translation>&amp;Aufzählung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bulleted list</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Numbered list</source>
        <translation>&amp;Nummerierte Liste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Numbered list</source>
        <translation>Nummerierte Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert https &amp;link…</source>
        <translation>https-&amp;Link einfügen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Insert https link</source>
        <translation>https-Link einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove link</source>
        <translation>Link entfe&amp;rnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove link</source>
        <translation>Link entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix all &amp;safe problems</source>
        <translation>Alle &amp;sicheren Korrekturen anwenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fix all safe problems</source>
        <translation>Alle sicheren Korrekturen anwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next problem</source>
        <translation>&amp;Nächstes Problem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next problem</source>
        <translation>Nächstes Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ignored rules…</source>
        <translation>&amp;Ignorierte Regeln…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ignored rules</source>
        <translation>Ignorierte Regeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send…</source>
        <translation>&amp;Senden…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outbox</source>
        <translation>&amp;Postausgang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seller &amp;accounts…</source>
        <translation>&amp;Verkäuferkonten…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seller accounts</source>
        <translation>Verkäuferkonten</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>The check failed: {error}</source>
        <translation>Die Prüfung ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Ignore this rule</source>
        <translation>Diese Regel ignorieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop checking “{rule}” in every message? Amazon still applies it. Checks › Ignored rules… turns it back on.</source>
        <translation>„{rule}“ in keiner Nachricht mehr prüfen? Amazon wendet die Regel weiterhin an. Unter Prüfung › Ignorierte Regeln… können Sie sie wieder einschalten.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Could not add “{word}”: {error}</source>
        <translation>„{word}“ konnte nicht hinzugefügt werden: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Looking for suggestions…</source>
        <translation>Vorschläge werden gesucht…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>Insert link</source>
        <translation>Link einfügen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Address (https:// only):</source>
        <translation>Adresse (nur https://):</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The draft could not be saved: {error}</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} cannot be opened: {error}</source>
        <translation>{file} kann nicht geöffnet werden: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open a message</source>
        <translation>Nachricht öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages ({patterns})</source>
        <translation>Nachrichten ({patterns})</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Copied as Amazon-safe HTML (and as plain text).</source>
        <translation>Als Amazon-sicheres HTML (und als reiner Text) kopiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied as plain text.</source>
        <translation>Als reiner Text kopiert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exported to {path}</source>
        <translation>Exportiert nach {path}</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The outbox cannot be opened: {error}</source>
        <translation>Der Postausgang kann nicht geöffnet werden: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Message {id}, order {order}: {outcome}</source>
        <translation>Nachricht {id}, Bestellung {order}: {outcome}</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n wartet auf den Versand</numerusform>
            <numerusform>%n warten auf den Versand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n uncertain: decide in the outbox</source>
        <translation>
            <numerusform>%n unklar: im Postausgang entscheiden</numerusform>
            <numerusform>%n unklar: im Postausgang entscheiden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox: {summary}</source>
        <translation>Postausgang: {summary}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n message(s) being sent when Composer stopped: the buyer may or may not have them. Check, then decide in the outbox (Message › Outbox).</source>
        <translation>
            <numerusform>%n Nachricht wurde gerade gesendet, als Composer beendet wurde: Ob der Käufer sie erhalten hat, ist unklar. Prüfen Sie das und entscheiden Sie dann im Postausgang (Nachricht › Postausgang).</numerusform>
            <numerusform>%n Nachrichten wurden gerade gesendet, als Composer beendet wurde: Ob der Käufer sie erhalten hat, ist unklar. Prüfen Sie das und entscheiden Sie dann im Postausgang (Nachricht › Postausgang).</numerusform>
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
        <translation>{count} / {limit} Zeichen</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln Zeichen</numerusform>
            <numerusform>%Ln Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removed what Amazon does not accept: {removed}.</source>
        <translation>Entfernt, was Amazon nicht akzeptiert: {removed}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was inserted: {reason}</source>
        <translation>Nichts eingefügt: {reason}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Composer closes as soon as the message being sent (or the check with Amazon) has its answer.</source>
        <translation>Composer wird beendet, sobald für die gerade gesendete Nachricht (oder die Prüfung bei Amazon) eine Antwort vorliegt.</translation>
    </message>
</context>
<context>
    <name>MarketplaceWords</name>
    <message>
        <location filename="../composer/services/marketplaces.py" line="+272"/>
        <source>unknown marketplace {key}; known: {codes}</source>
        <translation>unbekannter Marktplatz {key}; bekannt: {codes}</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <location filename="../composer/ui/editor.py" line="+47"/>
        <source>Write your message to the buyer…</source>
        <translation>Schreiben Sie Ihre Nachricht an den Käufer…</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>a buyer message is a few thousand characters at most, and this would make it {count} (the limit here is {limit})</source>
        <translation>Eine Käufernachricht hat höchstens einige Tausend Zeichen, damit wären es {count} (die Grenze liegt hier bei {limit})</translation>
    </message>
</context>
<context>
    <name>MessageFileWords</name>
    <message>
        <location filename="../composer/services/message_files.py" line="+70"/>
        <source>unsupported file type &apos;{suffix}&apos; (use {suffixes})</source>
        <translation>nicht unterstützter Dateityp &apos;{suffix}&apos; (verwenden Sie {suffixes})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>too large for a message ({size} MB; the limit is {limit} MB)</source>
        <translation>zu groß für eine Nachricht ({size} MB; die Grenze liegt bei {limit} MB)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is a directory</source>
        <translation>ist ein Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>binary file, not a message</source>
        <translation>Binärdatei, keine Nachricht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not valid UTF-8 (byte {byte} at offset {offset})</source>
        <translation>kein gültiges UTF-8 (Byte {byte} an Position {offset})</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>malformed JSON at line {line} column {column}: {problem}</source>
        <translation>fehlerhaftes JSON in Zeile {line}, Spalte {column}: {problem}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the JSON must be an object with at least a {field}</source>
        <translation>das JSON muss ein Objekt mit mindestens {field} sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown field &apos;{field}&apos; (known: {fields})</source>
        <translation>unbekanntes Feld &apos;{field}&apos; (bekannt: {fields})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{field} is missing or not a string</source>
        <translation>{field} fehlt oder ist keine Zeichenkette</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{field} must be {choices}, not {value}</source>
        <translation>{field} muss {choices} sein, nicht {value}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{field} must be one of {choices}, not {value}</source>
        <translation>{field} muss einer der Werte {choices} sein, nicht {value}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{field} must be true or false</source>
        <translation>{field} muss true oder false sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{field} must be a string</source>
        <translation>{field} muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{field} is not a date (YYYY-MM-DD): {value}</source>
        <translation>{field} ist kein Datum (JJJJ-MM-TT): {value}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{field} must be a list</source>
        <translation>{field} muss eine Liste sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>attachment {n} needs a {field}</source>
        <translation>Anhang {n} benötigt {field}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>attachment {n}: {field} must be a number of bytes</source>
        <translation>Anhang {n}: {field} muss eine Anzahl Bytes sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>attachment {n}: {field} must be a string</source>
        <translation>Anhang {n}: {field} muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>binary file, not an e-mail</source>
        <translation>Binärdatei, keine E-Mail</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a readable e-mail: {problem}</source>
        <translation>keine lesbare E-Mail: {problem}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no e-mail headers (Subject, From, To, Content-Type)</source>
        <translation>keine E-Mail-Header (Subject, From, To, Content-Type)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the message text cannot be decoded: {problem}</source>
        <translation>der Nachrichtentext kann nicht dekodiert werden: {problem}</translation>
    </message>
</context>
<context>
    <name>NoteWords</name>
    <message>
        <location filename="../composer/policy/engine.py" line="+319"/>
        <source>No phrase data for {language}: purposes and wording rules were not checked; contacts, links, emoji and formatting were.</source>
        <extracomment>{language} is a language&apos;s name (&quot;Swedish&quot;).</extracomment>
        <translation>Keine Phrasendaten für {language}: Zwecke und Formulierungsregeln wurden nicht geprüft, Kontaktangaben, Links, Emojis und Formatierung dagegen schon.</translation>
    </message>
    <message>
        <location filename="../composer/policy/rules/spelling.py" line="+103"/>
        <source>Spelling was not checked: there is no {language} dictionary (pyspellchecker ships {languages}).</source>
        <extracomment>{language} is a language&apos;s name, {languages} the codes of the dictionaries at hand.</extracomment>
        <translation>Rechtschreibung nicht geprüft: Es gibt kein Wörterbuch für {language} (pyspellchecker enthält {languages}).</translation>
    </message>
</context>
<context>
    <name>OrderFields</name>
    <message>
        <location filename="../composer/ui/order_fields.py" line="+31"/>
        <source>E-mail to the buyer&apos;s Amazon address</source>
        <translation>E-Mail an die Amazon-Adresse des Käufers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selling Partner API</source>
        <translation>Selling Partner API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seller Central (Contact Buyer)</source>
        <translation>Seller Central (Käufer kontaktieren)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order details</source>
        <translation>Bestelldetails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order &amp;ID:</source>
        <translation>B&amp;estellnummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order &amp;date:</source>
        <translation>Bestellda&amp;tum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;livery date:</source>
        <translation>&amp;Lieferdatum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Marketplace:</source>
        <translation>&amp;Marktplatz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Buyer language:</source>
        <translation>Käufer&amp;sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message &amp;type:</source>
        <translation>Nachrichtent&amp;yp:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order ID</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order date</source>
        <translation>Bestelldatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery date</source>
        <translation>Lieferdatum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer language</source>
        <translation>Käufersprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message type</source>
        <translation>Nachrichtentyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none chosen)</source>
        <translation>(keiner ausgewählt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply to a message from the buyer</source>
        <translation>Antwort auf eine Nachricht des Käufers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to a buyer</source>
        <translation>Antwort an einen Käufer</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../composer/ui/outbox_window.py" line="+54"/>
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>being sent</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <location line="+124"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uncertain</source>
        <translation>unklar</translation>
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
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>recorded, waiting to be sent</source>
        <translation>erfasst, wartet auf den Versand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warnings confirmed by the user</source>
        <translation>Warnungen vom Benutzer bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handed to the network</source>
        <translation>an das Netzwerk übergeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no clear answer: uncertain</source>
        <translation>keine eindeutige Antwort: unklar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>put back in the queue</source>
        <translation>zurück in die Warteschlange gestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found half-sent after Composer stopped: uncertain</source>
        <translation>nach dem Beenden von Composer halb gesendet vorgefunden: unklar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>queued again by the user</source>
        <translation>vom Benutzer erneut in die Warteschlange gestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked sent by the user</source>
        <translation>vom Benutzer als gesendet markiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked not sent by the user</source>
        <translation>vom Benutzer als nicht gesendet markiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled by the user</source>
        <translation>vom Benutzer abgebrochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proactive</source>
        <translation>proaktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forbidden</source>
        <translation>verboten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Review request</source>
        <translation>Bewertungsanfrage</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sent. Amazon will send its review request to the buyer (request id {id}).</source>
        <translation>Gesendet. Amazon sendet seine Bewertungsanfrage an den Käufer (Anfrage-ID {id}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent. Amazon accepted it (request id {id}).</source>
        <translation>Gesendet. Amazon hat sie angenommen (Anfrage-ID {id}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent. The mail server accepted it for Amazon&apos;s relay to the buyer (message id {id}).</source>
        <translation>Gesendet. Der Mailserver hat sie zur Weiterleitung durch Amazon an den Käufer angenommen (Nachrichten-ID {id}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent. {reason}</source>
        <translation>Gesendet. {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: {reason}</source>
        <translation>Nicht gesendet: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not sent: Amazon refused it ({code}): “{reply}” Nothing reached the buyer. Correct the cause, then use Retry in the outbox.</source>
        <translation>Nicht gesendet: Amazon hat sie abgelehnt ({code}): „{reply}“ Beim Käufer ist nichts angekommen. Beheben Sie die Ursache und verwenden Sie dann „Erneut versuchen“ im Postausgang.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sent: the mail server refused it ({code}): “{reply}” Nothing reached the buyer. Correct the cause, then use Retry in the outbox.</source>
        <translation>Nicht gesendet: Der Mailserver hat sie abgelehnt ({code}): „{reply}“ Beim Käufer ist nichts angekommen. Beheben Sie die Ursache und verwenden Sie dann „Erneut versuchen“ im Postausgang.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sent. {reason}</source>
        <translation>Nicht gesendet. {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent yet.</source>
        <translation>Noch nicht gesendet.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Waiting in the outbox: {reason} It is not tried before {time}. It goes out by itself: Composer tries again every %n seconds while it is open.</source>
        <translation>
            <numerusform>Wartet im Postausgang: {reason} Der nächste Versuch erfolgt nicht vor {time}. Die Nachricht wird automatisch gesendet: Composer versucht es, solange es geöffnet ist, im Abstand von %n Sekunde erneut.</numerusform>
            <numerusform>Wartet im Postausgang: {reason} Der nächste Versuch erfolgt nicht vor {time}. Die Nachricht wird automatisch gesendet: Composer versucht es, solange es geöffnet ist, im Abstand von %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Waiting in the outbox: {reason} It goes out by itself: Composer tries again every %n seconds while it is open.</source>
        <translation>
            <numerusform>Wartet im Postausgang: {reason} Die Nachricht wird automatisch gesendet: Composer versucht es, solange es geöffnet ist, im Abstand von %n Sekunde erneut.</numerusform>
            <numerusform>Wartet im Postausgang: {reason} Die Nachricht wird automatisch gesendet: Composer versucht es, solange es geöffnet ist, im Abstand von %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Uncertain: {reason}
Amazon may have it. Composer will not send it again by itself, because the buyer would get it twice. Ask Amazon whether a review request is still allowed for the order (if not, it went out), then decide in the outbox: Mark sent, Mark not sent, or I checked: send again.</source>
        <translation>Unklar: {reason}
Möglicherweise hat Amazon sie erhalten. Composer sendet sie nicht von selbst erneut, da der Käufer sie sonst doppelt bekäme. Fragen Sie bei Amazon nach, ob für die Bestellung noch eine Bewertungsanfrage erlaubt ist (falls nicht, wurde sie gesendet), und entscheiden Sie dann im Postausgang: „Als gesendet markieren“, „Als nicht gesendet markieren“ oder „Geprüft: erneut senden“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Uncertain: {reason}
Amazon may have it. Composer will not send it again by itself, because the buyer would get it twice. Check the order&apos;s sent messages in Seller Central (Buyer-Seller Messages), then decide in the outbox: Mark sent, Mark not sent, or I checked: send again.</source>
        <translation>Unklar: {reason}
Möglicherweise hat Amazon sie erhalten. Composer sendet sie nicht von selbst erneut, da der Käufer sie sonst doppelt bekäme. Prüfen Sie die gesendeten Nachrichten der Bestellung in Seller Central (Käufer-Verkäufer-Nachrichten) und entscheiden Sie dann im Postausgang: „Als gesendet markieren“, „Als nicht gesendet markieren“ oder „Geprüft: erneut senden“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Uncertain: {reason}
The mail server may have it. Composer will not send it again by itself, because the buyer would get it twice. Check the order&apos;s sent messages in Seller Central (Buyer-Seller Messages), then decide in the outbox: Mark sent, Mark not sent, or I checked: send again.</source>
        <translation>Unklar: {reason}
Möglicherweise hat der Mailserver sie erhalten. Composer sendet sie nicht von selbst erneut, da der Käufer sie sonst doppelt bekäme. Prüfen Sie die gesendeten Nachrichten der Bestellung in Seller Central (Käufer-Verkäufer-Nachrichten) und entscheiden Sie dann im Postausgang: „Als gesendet markieren“, „Als nicht gesendet markieren“ oder „Geprüft: erneut senden“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Being sent…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sent · {id}</source>
        <translation>gesendet · {id}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>check Seller Central, then decide</source>
        <translation>Seller Central prüfen, dann entscheiden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting to go out</source>
        <translation>wartet auf den Versand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>being sent…</source>
        <translation>wird gesendet…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{order} ({marketplace})</source>
        <translation>{order} ({marketplace})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text sent</source>
        <translation>Gesendeter Text</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon writes the review request itself: no text of yours.</source>
        <translation>Amazon schreibt die Bewertungsanfrage selbst: kein Text von Ihnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category: {category}</source>
        <translation>Kategorie: {category}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No check (Amazon&apos;s own text).</source>
        <translation>Keine Prüfung (Amazons eigener Text).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warnings confirmed by the user ({time})</source>
        <translation>Vom Benutzer bestätigte Warnungen ({time})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words</source>
        <translation>Wortlaut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amazon&apos;s reply</source>
        <translation>Antwort von Amazon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s reply</source>
        <translation>Antwort des Servers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{event} (you)</source>
        <translation>{event} (Sie)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The buyer may already have message {id} (order {order}): the last attempt went out without a clear answer.

Send it again only if you checked that Amazon still offers a review request for this order. Did you check, and send it again?</source>
        <translation>Der Käufer hat Nachricht {id} (Bestellung {order}) möglicherweise schon: Der letzte Versuch ging ohne eindeutige Antwort hinaus.

Senden Sie sie nur erneut, wenn Sie geprüft haben, dass Amazon für diese Bestellung noch eine Bewertungsanfrage anbietet. Haben Sie das geprüft, und soll sie erneut gesendet werden?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The buyer may already have message {id} (order {order}): the last attempt went out without a clear answer.

Send it again only if you checked that the message is not among the order&apos;s sent messages in Seller Central. Did you check, and send it again?</source>
        <translation>Der Käufer hat Nachricht {id} (Bestellung {order}) möglicherweise schon: Der letzte Versuch ging ohne eindeutige Antwort hinaus.

Senden Sie sie nur erneut, wenn Sie geprüft haben, dass die Nachricht nicht unter den gesendeten Nachrichten der Bestellung in Seller Central steht. Haben Sie das geprüft, und soll sie erneut gesendet werden?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I checked: send again</source>
        <translation>Geprüft: erneut senden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the outbox as CSV</source>
        <translation>Postausgang als CSV exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>composer-outbox</source>
        <comment>a file name</comment>
        <translation>composer-postausgang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV for spreadsheets ({patterns})</source>
        <translation>CSV für Tabellenkalkulationen ({patterns})</translation>
    </message>
</context>
<context>
    <name>OutboxCli</name>
    <message>
        <location filename="../composer/cli_outbox.py" line="+160"/>
        <source>list, show, retry, mark and export the messages sent</source>
        <translation>gesendete Nachrichten auflisten, anzeigen, erneut senden, markieren und exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The outbox and audit log: every message Composer handed to Amazon or the mail server, with its check, the warnings you confirmed and the answer. States: queued, sending, sent, failed, uncertain (it went out without a clear answer: check Seller Central, then mark it, or retry it with --i-checked). Exit status 0: done; 1: a message was not sent; 2: bad usage or an unreadable database.</source>
        <extracomment>The state names (queued, sending, sent, failed, uncertain) are typed as they are.</extracomment>
        <translation>Postausgang und Protokoll: jede Nachricht, die Composer an Amazon oder den Mailserver übergeben hat, mit ihrer Prüfung, den von Ihnen bestätigten Warnungen und der Antwort. Zustände: queued, sending, sent, failed, uncertain (ohne eindeutige Antwort hinausgegangen: in Seller Central prüfen, dann markieren oder mit --i-checked erneut senden). Exit-Status 0: erledigt; 1: eine Nachricht wurde nicht gesendet; 2: falsche Verwendung oder eine nicht lesbare Datenbank.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>list the messages, newest first</source>
        <translation>die Nachrichten auflisten, neueste zuerst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this state</source>
        <translation>nur dieser Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this order</source>
        <translation>nur diese Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this account</source>
        <translation>nur dieses Konto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most N (default 50)</source>
        <translation>höchstens N (Standard: 50)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one message: what was sent, its check and history</source>
        <translation>eine Nachricht: was gesendet wurde, ihre Prüfung und ihr Verlauf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>send a failed or uncertain message again, and what waits in the queue</source>
        <translation>eine fehlgeschlagene oder unklare Nachricht erneut senden, dazu alles, was in der Warteschlange wartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue message ID again (a failed one; an uncertain one only with --i-checked, after checking in Seller Central that the buyer did not get it), then send everything that waits in the queue. Without ID: only the queue.</source>
        <translation>Die Nachricht ID erneut in die Warteschlange stellen (eine fehlgeschlagene; eine unklare nur mit --i-checked, nachdem Sie in Seller Central geprüft haben, dass der Käufer sie nicht erhalten hat), dann alles senden, was in der Warteschlange wartet. Ohne ID: nur die Warteschlange.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>you checked in Seller Central that the uncertain message did not arrive</source>
        <translation>Sie haben in Seller Central geprüft, dass die unklare Nachricht nicht angekommen ist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>settle an uncertain message: sent or not-sent</source>
        <translation>eine unklare Nachricht klären: sent oder not-sent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>withdraw a queued message before it goes out</source>
        <translation>eine Nachricht aus der Warteschlange zurückziehen, bevor sie gesendet wird</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>write the log as CSV (UTF-8, for Excel) for an A-to-Z claim</source>
        <translation>das Protokoll als CSV (UTF-8, für Excel) für einen Antrag auf A-bis-z-Garantie schreiben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>only this message</source>
        <translation>nur diese Nachricht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the folder of Composer&apos;s database and accounts, as the window&apos;s --data-dir (default: your user data and config folders)</source>
        <translation>der Ordner mit Composers Datenbank und Konten, wie --data-dir des Fensters (Standard: Ihre Daten- und Konfigurationsordner)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>note: message {id} was being sent when Composer stopped; it is now uncertain (see: composer outbox show {id})</source>
        <translation>Hinweis: Nachricht {id} wurde gerade gesendet, als Composer beendet wurde; sie ist jetzt unklar (siehe: composer outbox show {id})</translation>
    </message>
    <message numerus="yes">
        <location line="+233"/>
        <source>%n message(s) written to {path}</source>
        <translation>
            <numerusform>%n Nachricht in {path} geschrieben</numerusform>
            <numerusform>%n Nachrichten in {path} geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown action {action}</source>
        <translation>unbekannte Aktion {action}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--limit must be 1 or more</source>
        <translation>--limit muss 1 oder größer sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No message matches.</source>
        <translation>Keine Nachricht passt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The outbox is empty.</source>
        <translation>Der Postausgang ist leer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>text sent:</source>
        <translation>Gesendeter Text:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check findings:</source>
        <translation>Meldungen der Prüfung:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>warnings confirmed ({when}):</source>
        <translation>Bestätigte Warnungen ({when}):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>history:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (by you)</source>
        <translation> (von Ihnen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>next: check the order&apos;s messages in Seller Central, then: composer outbox mark {id} sent|not-sent, or composer outbox retry {id} --i-checked</source>
        <translation>Weiter: Prüfen Sie die Nachrichten der Bestellung in Seller Central, dann: composer outbox mark {id} sent|not-sent oder composer outbox retry {id} --i-checked</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>queued again: {message}</source>
        <translation>erneut in die Warteschlange gestellt: {message}</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n message(s) still wait in the queue</source>
        <translation>
            <numerusform>%n Nachricht wartet noch in der Warteschlange</numerusform>
            <numerusform>%n Nachrichten warten noch in der Warteschlange</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was due to be sent.</source>
        <translation>Es war nichts zum Senden fällig.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>reference {reference}</source>
        <translation>Referenz {reference}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>message</source>
        <comment>outbox show label</comment>
        <extracomment>The labels of &quot;composer outbox show&quot;&apos;s lines (&quot;label: value&quot;).</extracomment>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{state} (attempts: {attempts})</source>
        <extracomment>{state} is the state&apos;s name (queued, sending, sent, failed, uncertain), typed as it is.</extracomment>
        <translation>{state} (Versuche: {attempts})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>state</source>
        <comment>outbox show label</comment>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reason</source>
        <comment>outbox show label</comment>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account</source>
        <comment>outbox show label</comment>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order</source>
        <comment>outbox show label</comment>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>channel</source>
        <comment>outbox show label</comment>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message type</source>
        <comment>outbox show label</comment>
        <translation>Nachrichtentyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <comment>outbox show label</comment>
        <translation>An</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from</source>
        <comment>outbox show label</comment>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject</source>
        <comment>outbox show label</comment>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attachments</source>
        <comment>outbox show label</comment>
        <translation>Anhänge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{start} to {end}</source>
        <comment>warranty period</comment>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warranty</source>
        <comment>outbox show label</comment>
        <translation>Garantie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{category}; rules: {rules}</source>
        <extracomment>{category} is the category&apos;s id, {rules} the rule ids (or &quot;none&quot;), typed as they are.</extracomment>
        <translation>{category}; Regeln: {rules}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <comment>no rule ids</comment>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check</source>
        <comment>outbox show label</comment>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recorded</source>
        <comment>outbox show label</comment>
        <translation>Erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not before</source>
        <comment>outbox show label</comment>
        <translation>Nicht vor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reply reference</source>
        <comment>outbox show label</comment>
        <translation>Antwort-Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reply code</source>
        <comment>outbox show label</comment>
        <translation>Antwort-Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reply</source>
        <comment>outbox show label</comment>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>OutboxState</name>
    <message>
        <location filename="../composer/services/outbox.py" line="+124"/>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending</source>
        <translation>im Versand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uncertain</source>
        <translation>unklar</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <location filename="../composer/ui/outbox_window.py" line="+69"/>
        <source>Outbox – Composer</source>
        <translation>Postausgang – Composer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox messages</source>
        <translation>Nachrichten im Postausgang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message details</source>
        <translation>Nachrichtendetails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox status</source>
        <translation>Status des Postausgangs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I checked: send &amp;again…</source>
        <translation>Geprüft: erneut &amp;senden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I checked: send again</source>
        <translation>Geprüft: erneut senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;sent</source>
        <translation>Als &amp;gesendet markieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark sent</source>
        <translation>Als gesendet markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;not sent</source>
        <translation>Als &amp;nicht gesendet markieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark not sent</source>
        <translation>Als nicht gesendet markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel sending</source>
        <translation>Senden a&amp;bbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel sending</source>
        <translation>Senden abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The outbox cannot be read: {error}</source>
        <translation>Der Postausgang kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Nothing sent yet.</source>
        <translation>Noch nichts gesendet.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a message.</source>
        <translation>Wählen Sie eine Nachricht.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Message {id}: {outcome}</source>
        <translation>Nachricht {id}: {outcome}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <source>Not queued again: {error}</source>
        <translation>Nicht erneut in die Warteschlange gestellt: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not marked: {error}</source>
        <translation>Nicht markiert: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not cancelled: {error}</source>
        <translation>Nicht abgebrochen: {error}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not exported: {error}</source>
        <translation>Nicht exportiert: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %Ln message(s) to {path}.</source>
        <translation>
            <numerusform>%Ln Nachricht nach {path} exportiert.</numerusform>
            <numerusform>%Ln Nachrichten nach {path} exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxWords</name>
    <message>
        <location filename="../composer/services/outbox.py" line="-45"/>
        <source>Composer stopped while this message was being sent, so it may or may not have reached the buyer. Check the order&apos;s messages in Seller Central, then mark it sent or not sent, or send it again.</source>
        <translation>Composer wurde beendet, während diese Nachricht gesendet wurde; ob sie den Käufer erreicht hat, ist daher offen. Prüfen Sie die Nachrichten der Bestellung in Seller Central und markieren Sie sie dann als gesendet oder nicht gesendet, oder senden Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The user checked: the buyer got it.</source>
        <translation>Vom Benutzer geprüft: Der Käufer hat sie erhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user checked: the buyer got it. {note}</source>
        <translation>Vom Benutzer geprüft: Der Käufer hat sie erhalten. {note}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user checked: the buyer did not get it.</source>
        <translation>Vom Benutzer geprüft: Der Käufer hat sie nicht erhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user checked: the buyer did not get it. {note}</source>
        <translation>Vom Benutzer geprüft: Der Käufer hat sie nicht erhalten. {note}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled by the user. {note}</source>
        <translation>Vom Benutzer abgebrochen. {note}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>after checking it had not arrived</source>
        <translation>nach Prüfung, dass sie nicht angekommen war</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>after checking it had not arrived {note}</source>
        <translation>nach Prüfung, dass sie nicht angekommen war; {note}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{reason} (not before {time})</source>
        <extracomment>{reason} says why the message waits; {time} is when it may go out (UTC).</extracomment>
        <translation>{reason} (nicht vor {time})</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>record the message in the outbox</source>
        <translation>Erfassen der Nachricht im Postausgang</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>start sending the message</source>
        <translation>Starten des Versands der Nachricht</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>put the message back in the queue</source>
        <translation>Zurückstellen der Nachricht in die Warteschlange</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>queue the message again</source>
        <translation>Erneutes Einreihen der Nachricht in die Warteschlange</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message {id} may have reached the buyer already. Check the order&apos;s messages in Seller Central first; send it again only if it is not there (confirm that you checked).</source>
        <translation>Nachricht {id} hat den Käufer möglicherweise schon erreicht. Prüfen Sie zuerst die Nachrichten der Bestellung in Seller Central; senden Sie sie nur erneut, wenn sie dort nicht steht (und bestätigen Sie, dass Sie das geprüft haben).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sent again</source>
        <translation>erneut gesendet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>mark the message</source>
        <translation>Markieren der Nachricht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>marked sent or not sent</source>
        <translation>als gesendet oder nicht gesendet markiert</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cancel the message</source>
        <translation>Abbrechen des Versands der Nachricht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+42"/>
        <location line="+91"/>
        <source>read the outbox</source>
        <translation>Lesen des Postausgangs</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>count the outbox</source>
        <translation>Zählen der Nachrichten im Postausgang</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>read the message&apos;s attachments</source>
        <translation>Lesen der Anhänge der Nachricht</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>record the outcome of the send</source>
        <translation>Erfassen des Sendeergebnisses</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>recover the interrupted sends</source>
        <translation>Wiederherstellen der unterbrochenen Sendevorgänge</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>read the outbox&apos;s history</source>
        <translation>Lesen des Verlaufs im Postausgang</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>message {id}</source>
        <translation>Nachricht {id}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message {id} is waiting: Amazon asked to wait before sending again</source>
        <translation>Nachricht {id} wartet: Amazon hat gebeten, später erneut zu senden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sent now</source>
        <translation>jetzt gesendet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message {id} is {state}, not being sent by this Composer</source>
        <extracomment>{state} is the message&apos;s state (&quot;queued&quot;, &quot;sent&quot; …).</extracomment>
        <translation>Nachricht {id} ist {state} und wird nicht von dieser Composer-Instanz gesendet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>state</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>outbox message {id}</source>
        <translation>Nachricht {id} im Postausgang</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>confirmed warnings</source>
        <translation>Bestätigte Warnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coverage start</source>
        <translation>Garantiebeginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coverage end</source>
        <translation>Garantieende</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>rule ids</source>
        <translation>Regel-IDs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>confirmation time</source>
        <translation>Bestätigungszeitpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>time to wait for</source>
        <translation>Frühester Sendezeitpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time of recording</source>
        <translation>Erfassungszeitpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time of the last change</source>
        <translation>Zeitpunkt der letzten Änderung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the history of outbox message {id}</source>
        <translation>dem Verlauf der Nachricht {id} im Postausgang</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot prepare sending: {folder} cannot be written ({reason})</source>
        <translation>Das Senden kann nicht vorbereitet werden: In {folder} kann nicht geschrieben werden ({reason})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot prepare sending: cannot lock a file in {folder}</source>
        <translation>Das Senden kann nicht vorbereitet werden: Eine Datei in {folder} kann nicht gesperrt werden</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>There is no message {id} in the outbox</source>
        <translation>Im Postausgang gibt es keine Nachricht {id}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Message {id} is {state}: it cannot be {wanted}</source>
        <extracomment>{state} is the message&apos;s state (&quot;queued&quot;, &quot;sent&quot; …), {wanted} &quot;sent again&quot;, &quot;cancelled&quot; …</extracomment>
        <translation>Nachricht {id} ist {state} und kann daher nicht {wanted} werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot record the message: {reason}</source>
        <translation>Die Nachricht kann nicht erfasst werden: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order id</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message type</source>
        <translation>Nachrichtentyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>html</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recipient</source>
        <translation>Empfängeradresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sender</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>findings</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the {field} must be text, not {kind}</source>
        <extracomment>{field} is &quot;order id&quot;, &quot;subject&quot; …; {kind} Python&apos;s name of a type.</extracomment>
        <translation>Das Feld „{field}“ muss Text sein, nicht {kind}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the {field} is missing</source>
        <translation>Das Feld „{field}“ fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the {field} is longer than {limit} characters</source>
        <translation>Das Feld „{field}“ ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the {field} has an invalid character (half a surrogate pair)</source>
        <translation>Das Feld „{field}“ enthält ein ungültiges Zeichen (ein halbes Surrogatpaar)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the {field} must be one line</source>
        <translation>Das Feld „{field}“ darf nur eine Zeile umfassen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected an OutgoingMessage, not {kind}</source>
        <translation>OutgoingMessage erwartet, nicht {kind}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown channel {channel}</source>
        <translation>Unbekannter Kanal {channel}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Composer cannot send by {channel} (only sp-api and email)</source>
        <translation>Composer kann nicht über {channel} senden (nur sp-api und email)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>an SP-API message needs its message type</source>
        <translation>Eine SP-API-Nachricht braucht einen Nachrichtentyp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a rule id: {rule}</source>
        <translation>keine Regel-ID: {rule}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the time of confirmation must carry a time zone</source>
        <translation>Der Bestätigungszeitpunkt muss eine Zeitzone enthalten</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n files; at most {limit}</source>
        <translation>
            <numerusform>%n Datei; höchstens {limit}</numerusform>
            <numerusform>%n Dateien; höchstens {limit}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file {name} has no bytes</source>
        <translation>Die Datei {name} enthält keine Bytes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file {name} is larger than 10 MB</source>
        <translation>Die Datei {name} ist größer als 10 MB</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a file name: {name}</source>
        <translation>kein Dateiname: {name}</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Cannot write in {folder}: {reason}</source>
        <translation>In {folder} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../composer/ui/preferences_dialog.py" line="+55"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Sprache der Oberfläche:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default ({language})</source>
        <translation>Systemstandard ({language})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Menus, dialogs and the checks&apos; messages switch at once. Your messages and templates stay as you wrote them.</source>
        <translation>Menüs, Dialoge und die Meldungen der Prüfung wechseln sofort. Ihre Nachrichten und Vorlagen bleiben, wie Sie sie geschrieben haben.</translation>
    </message>
</context>
<context>
    <name>SanitizeWords</name>
    <message>
        <location filename="../composer/services/sanitize.py" line="+53"/>
        <source>script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>style sheet</source>
        <translation>Stylesheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>embedded content</source>
        <translation>eingebettete Inhalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strikethrough</source>
        <translation>Durchstreichung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>superscript/subscript</source>
        <translation>Hoch-/Tiefstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>font size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>font family</source>
        <translation>Schriftart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>background colour</source>
        <translation>Hintergrundfarbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alignment</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>margins</source>
        <translation>Ränder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heading size</source>
        <translation>Überschriftgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table layout</source>
        <translation>Tabellenlayout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>javascript link</source>
        <translation>JavaScript-Link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data link</source>
        <translation>data:-Link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file link</source>
        <translation>Datei-Link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail link</source>
        <translation>E-Mail-Link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone link</source>
        <translation>Telefon-Link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link without a web address</source>
        <translation>Link ohne Webadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra blank lines</source>
        <translation>überzählige Leerzeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>insecure (http) link</source>
        <translation>unsicherer Link (http)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text colour</source>
        <translation>Textfarbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line height</source>
        <translation>Zeilenabstand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>borders</source>
        <translation>Rahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letter spacing</source>
        <translation>Zeichenabstand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capitalisation style</source>
        <translation>Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tracking pixel</source>
        <translation>Tracking-Pixel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>horizontal line</source>
        <translation>horizontale Linie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden text</source>
        <translation>versteckter Text</translation>
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
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a PNG image</source>
        <translation>ein PNG-Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>a GIF image</source>
        <translation>ein GIF-Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a JPEG image</source>
        <translation>ein JPEG-Bild</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a ZIP archive (or a Word, Excel or OpenDocument file)</source>
        <translation>ein ZIP-Archiv (oder eine Word-, Excel- oder OpenDocument-Datei)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an old Office document</source>
        <translation>ein altes Office-Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a program</source>
        <translation>ein Programm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Windows program</source>
        <translation>ein Windows-Programm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>too large to paste ({size} characters; the limit is {limit})</source>
        <translation>zu groß zum Einfügen ({size} Zeichen; höchstens {limit})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this is {kind}, not text</source>
        <extracomment>{kind} is &quot;a PDF document&quot;, &quot;a PNG image&quot; and the like.</extracomment>
        <translation>{kind}, kein Text</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is binary data, not text</source>
        <translation>Binärdaten, kein Text</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this is binary data (or text in an unknown encoding), not text</source>
        <translation>Binärdaten (oder Text in unbekannter Kodierung), kein Text</translation>
    </message>
</context>
<context>
    <name>SendCli</name>
    <message>
        <location filename="../composer/cli_outbox.py" line="-673"/>
        <source>check a message and send it to the buyer (SP-API or e-mail)</source>
        <translation>eine Nachricht prüfen und an den Käufer senden (SP-API oder E-Mail)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check a message file exactly as it will be sent and send it to the buyer of an order: by the SP-API (a message type Amazon allows for the order, or the review request) or by e-mail to the buyer&apos;s anonymised Amazon address. Errors block; warnings need your confirmation (asked on a terminal, or --confirm-warnings), which is kept in the outbox. Exit status 0: sent (or, with --dry-run, nothing blocks); 1: cannot be sent as written, or not sent; 2: bad usage or an unreadable file.</source>
        <translation>Eine Nachrichtendatei genau so prüfen, wie sie gesendet wird, und an den Käufer einer Bestellung senden: über die SP-API (ein Nachrichtentyp, den Amazon für die Bestellung erlaubt, oder die Bewertungsanfrage) oder per E-Mail an die anonymisierte Amazon-Adresse des Käufers. Fehler verhindern das Senden; Warnungen müssen Sie bestätigen (Abfrage auf einem Terminal oder --confirm-warnings), und die Bestätigung wird im Postausgang festgehalten. Exit-Status 0: gesendet (oder mit --dry-run: nichts verhindert das Senden); 1: so nicht sendbar oder nicht gesendet; 2: falsche Verwendung oder eine nicht lesbare Datei.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the message (.txt, .html, .eml, .json; -); none with --solicitation, whose text Amazon writes</source>
        <translation>die Nachricht (.txt, .html, .eml, .json; -); keine bei --solicitation, deren Text Amazon schreibt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the account to send from</source>
        <translation>das Konto, von dem gesendet wird</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Amazon order id</source>
        <translation>die Amazon-Bestellnummer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the SP-API message type (default: the file&apos;s, else the one the check proposes)</source>
        <translation>der SP-API-Nachrichtentyp (Standard: der aus der Datei, sonst der von der Prüfung vorgeschlagene)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ask Amazon to send its review and feedback request (no text of yours is sent)</source>
        <translation>Amazon bitten, seine Bewertungsanfrage (Rezension und Verkäuferbewertung) zu senden (es wird kein eigener Text gesendet)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sp-api (default) or email (the default when --to is given)</source>
        <translation>sp-api (Standard) oder email (Standard, wenn --to angegeben ist)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e-mail: the buyer&apos;s …@marketplace.amazon… address</source>
        <translation>E-Mail: die Adresse …@marketplace.amazon… des Käufers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the order&apos;s marketplace (default: the account&apos;s)</source>
        <translation>der Marktplatz der Bestellung (Standard: der des Kontos)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>when the order was delivered (the review request&apos;s 5-30 day window)</source>
        <translation>wann die Bestellung zugestellt wurde (Zeitfenster der Bewertungsanfrage: 5-30 Tage)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e-mail: the buyer&apos;s language (the SP-API asks Amazon for it)</source>
        <translation>E-Mail: die Sprache des Käufers (bei der SP-API wird sie bei Amazon abgefragt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the message answers the buyer</source>
        <translation>die Nachricht ist eine Antwort an den Käufer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a file to attach (SP-API types that take files; repeatable, at most 5)</source>
        <translation>eine anzuhängende Datei (SP-API-Typen, die Dateien annehmen; wiederholbar, höchstens 5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>show what would be sent, the check and the allowed types; send nothing</source>
        <translation>anzeigen, was gesendet würde, die Prüfung und die erlaubten Typen; nichts senden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>send despite warnings (your confirmation is recorded in the outbox)</source>
        <translation>trotz Warnungen senden (Ihre Bestätigung wird im Postausgang festgehalten)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>not a date (YYYY-MM-DD): {value}</source>
        <translation>kein Datum (JJJJ-MM-TT): {value}</translation>
    </message>
    <message numerus="yes">
        <location line="+118"/>
        <source>cannot be sent: %n problem(s) above</source>
        <translation>
            <numerusform>Senden nicht möglich: %n Problem (siehe oben)</numerusform>
            <numerusform>Senden nicht möglich: %n Probleme (siehe oben)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dry run: nothing was sent</source>
        <translation>Probelauf: Es wurde nichts gesendet</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n warning(s) need your confirmation: send again with --confirm-warnings if you mean to send it as it is</source>
        <translation>
            <numerusform>%n Warnung muss bestätigt werden: Senden Sie erneut mit --confirm-warnings, wenn die Nachricht so gesendet werden soll</numerusform>
            <numerusform>%n Warnungen müssen bestätigt werden: Senden Sie erneut mit --confirm-warnings, wenn die Nachricht so gesendet werden soll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Send despite %n warning(s)? Your answer is kept in the outbox. [y/N] </source>
        <extracomment>Keep &quot;[y/N]&quot;: the answers understood are y and yes.</extracomment>
        <translation>
            <numerusform>Trotz %n Warnung senden? Ihre Antwort wird im Postausgang festgehalten. [y/N] </numerusform>
            <numerusform>Trotz %n Warnungen senden? Ihre Antwort wird im Postausgang festgehalten. [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>give the message FILE (only --solicitation goes without one)</source>
        <translation>geben Sie die Nachrichtendatei FILE an (nur --solicitation kommt ohne aus)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is about order {file_order}, not {order} (--order)</source>
        <translation>{file} betrifft die Bestellung {file_order}, nicht {order} (--order)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--type and --solicitation are SP-API messages, not e-mail</source>
        <translation>--type und --solicitation sind SP-API-Nachrichten, keine E-Mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--to is the e-mail recipient; the SP-API knows the buyer by the order</source>
        <translation>--to ist der E-Mail-Empfänger; die SP-API kennt den Käufer über die Bestellung</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{file} names attachments; give the files with --attach FILE (the SP-API uploads them)</source>
        <translation>{file} nennt Anhänge; geben Sie die Dateien mit --attach FILE an (die SP-API lädt sie hoch)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>account {account}, order {order}, Amazon.{domain} ({marketplace}), {channel}</source>
        <translation>Konto {account}, Bestellung {order}, Amazon.{domain} ({marketplace}), {channel}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(none chosen)</source>
        <translation>(keiner ausgewählt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message type: {type}</source>
        <translation>Nachrichtentyp: {type}</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+93"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon allows a review request for this order now: {answer}</source>
        <translation>Amazon erlaubt für diese Bestellung jetzt eine Bewertungsanfrage: {answer}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none at the moment</source>
        <translation>derzeit keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>types Amazon allows for this order: {types}</source>
        <translation>Typen, die Amazon für diese Bestellung erlaubt: {types}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>buyer&apos;s language (Amazon): {language}</source>
        <translation>Sprache des Käufers (Amazon): {language}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no address)</source>
        <translation>(keine Adresse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to: {address}</source>
        <translation>An: {address}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from: {address}</source>
        <translation>Von: {address}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject: {subject}</source>
        <translation>Betreff: {subject}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>attachment: {name} ({size} bytes)</source>
        <translation>Anhang: {name} ({size} Byte)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>text sent:</source>
        <translation>Gesendeter Text:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>text sent: none (Amazon writes the review request)</source>
        <translation>Gesendeter Text: keiner (Amazon schreibt die Bewertungsanfrage)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check: {category}: {reason}</source>
        <extracomment>{category} is the category&apos;s id (e.g. &quot;allowed&quot;), typed as it is.</extracomment>
        <translation>Prüfung: {category}: {reason}</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>{file}: is a folder; send one message at a time</source>
        <translation>{file}: ist ein Ordner; senden Sie jeweils nur eine Nachricht</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>sent: outbox message {id}{reference}</source>
        <extracomment>{reference} is empty or Amazon&apos;s reference in brackets: &quot; (…)&quot;.</extracomment>
        <translation>gesendet: Nachricht {id} im Postausgang{reference}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not sent yet: outbox message {id} waits in the queue: {reason} Send it with: composer outbox retry</source>
        <translation>noch nicht gesendet: Nachricht {id} im Postausgang wartet in der Warteschlange: {reason} Senden mit: composer outbox retry</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>uncertain: outbox message {id}: {reason} Then: composer outbox mark {id} sent|not-sent</source>
        <translation>unklar: Nachricht {id} im Postausgang: {reason} Dann: composer outbox mark {id} sent|not-sent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>failed: outbox message {id}{code}: {reason}</source>
        <extracomment>{code} is empty or Amazon&apos;s error code in brackets: &quot; […]&quot;.</extracomment>
        <translation>fehlgeschlagen: Nachricht {id} im Postausgang{code}: {reason}</translation>
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
        <translation>E-Mail an die Adresse des Käufers</translation>
    </message>
    <message>
        <location line="+256"/>
        <location line="+1"/>
        <source>Send the message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route</source>
        <translation>Versandweg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order:</source>
        <translation>Bestellung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts…</source>
        <translation>Konten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Marketplace:</source>
        <translation>&amp;Marktplatz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;by:</source>
        <translation>Senden ü&amp;ber:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send by</source>
        <translation>Senden über</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Route note</source>
        <translation>Hinweis zum Versandweg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message &amp;type:</source>
        <translation>Nachrichten&amp;typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message type</source>
        <translation>Nachrichtentyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer&apos;s &amp;address:</source>
        <translation>&amp;Adresse des Käufers:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer&apos;s address</source>
        <translation>Adresse des Käufers</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached files</source>
        <translation>Angehängte Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add files</source>
        <translation>Dateien hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected files</source>
        <translation>Ausgewählte Dateien entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files the type takes</source>
        <translation>Dateien, die der Typ annimmt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files not attached</source>
        <translation>Nicht angehängte Dateien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check status</source>
        <translation>Prüfstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What will be sent</source>
        <translation>Was gesendet wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message header</source>
        <translation>Nachrichtenkopf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text to be sent</source>
        <translation>Zu sendender Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot be sent:</source>
        <translation>Kann nicht gesendet werden:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it cannot be sent</source>
        <translation>Warum sie nicht gesendet werden kann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Warnings:&lt;/b&gt; tick each one you have read and want to send anyway</source>
        <translation>&lt;b&gt;Warnungen:&lt;/b&gt; Bestätigen Sie jede gelesene Warnung mit einem Häkchen, um trotzdem zu senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings to confirm</source>
        <translation>Zu bestätigende Warnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;outbox</source>
        <translation>Postausgang ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the outbox</source>
        <translation>Postausgang öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The type the check proposes</source>
        <translation>Der von der Prüfung vorgeschlagene Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+373"/>
        <source>Amazon&apos;s review request (Solicitations API)</source>
        <translation>Amazons Bewertungsanfrage (Solicitations API)</translation>
    </message>
    <message>
        <location line="-368"/>
        <source>{type} – not allowed for this order</source>
        <translation>{type} – für diese Bestellung nicht erlaubt</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>&amp;Check with Amazon</source>
        <translation>Bei Amazon &amp;prüfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seller Central&apos;s Contact Buyer form cannot be filled from Composer: copy the message (File › Copy as plain text) and paste it there, or send it here by the SP-API or e-mail.</source>
        <translation>Das Formular „Käufer kontaktieren“ in Seller Central kann Composer nicht ausfüllen: Kopieren Sie die Nachricht (Datei › Als reinen Text kopieren) und fügen Sie sie dort ein, oder senden Sie sie hier über die SP-API oder per E-Mail.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no seller account yet: add one with Accounts….</source>
        <translation>Es gibt noch kein Verkäuferkonto: Fügen Sie eines unter „Konten…“ hinzu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{account}” has no SP-API credentials: add them in Accounts…, or send by e-mail.</source>
        <translation>„{account}“ hat keine SP-API-Zugangsdaten: Fügen Sie sie unter „Konten…“ hinzu oder senden Sie per E-Mail.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{account}” has no mail server and sender: add them in Accounts…, or send by the SP-API.</source>
        <translation>„{account}“ hat keinen Mailserver und Absender: Fügen Sie sie unter „Konten…“ hinzu oder senden Sie über die SP-API.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none: fill in the Order ID in the window&apos;s order fields</source>
        <translation>keine: Tragen Sie die Bestellnummer im Bereich „Bestellung“ des Hauptfensters ein</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Documents and images ({patterns})</source>
        <translation>Dokumente und Bilder ({patterns})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>{file}: already attached</source>
        <translation>{file}: ist schon angehängt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: not added: this message type takes no files</source>
        <translation>{file}: nicht hinzugefügt: Dieser Nachrichtentyp nimmt keine Dateien an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: not added: this message type takes at most {count}</source>
        <translation>{file}: nicht hinzugefügt: Dieser Nachrichtentyp nimmt höchstens {count} Dateien an</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file}: not added: with it the files come to {size}, more than the 10 MB Amazon takes per message</source>
        <translation>{file}: nicht hinzugefügt: Mit ihr kämen die Dateien auf {size}, mehr als die 10 MB, die Amazon je Nachricht annimmt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the message type to see how many files it takes.</source>
        <translation>Wählen Sie den Nachrichtentyp, um zu sehen, wie viele Dateien er annimmt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This type takes no files.</source>
        <translation>Dieser Typ nimmt keine Dateien an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This type takes up to {high} files.</source>
        <translation>Dieser Typ nimmt bis zu {high} Dateien an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This type takes {low} to {high} files.</source>
        <translation>Dieser Typ braucht {low} bis {high} Dateien.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no address)</source>
        <translation>(keine Adresse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text below goes as the plain-text part, beside an HTML part with the same content and Amazon-safe formatting. Composer never adds “[Important]” to the subject: Amazon withdrew that override in 2025.</source>
        <translation>Der folgende Text wird als reiner Textteil gesendet, zusammen mit einem HTML-Teil mit demselben Inhalt und Amazon-sicherer Formatierung. Composer fügt dem Betreff nie „[Important]“ hinzu: Amazon hat diese Ausnahme 2025 abgeschafft.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+19"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>{type} (proposed by the check)</source>
        <translation>{type} (von der Prüfung vorgeschlagen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SP-API message:</source>
        <translation>SP-API-Nachricht:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{type} to the buyer of order {order} on {marketplace}</source>
        <translation>{type} an den Käufer der Bestellung {order} auf {marketplace}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Amazon allows for this order:</source>
        <translation>Amazon erlaubt für diese Bestellung:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Buyer&apos;s language (from Amazon):</source>
        <translation>Sprache des Käufers (laut Amazon):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon writes the review request itself: no text of yours is sent.</source>
        <translation>Amazon schreibt die Bewertungsanfrage selbst: Es wird kein Text von Ihnen gesendet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Amazon&apos;s own review request; nothing to check.</source>
        <translation>Amazons eigene Bewertungsanfrage; nichts zu prüfen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Changed since the check: check again before sending.</source>
        <translation>Seit der Prüfung geändert: Prüfen Sie vor dem Senden erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asking Amazon about the order…</source>
        <translation>Bestelldaten werden bei Amazon abgefragt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready to send.</source>
        <translation>Bereit zum Senden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the warnings and tick each one to send anyway.</source>
        <translation>Lesen Sie die Warnungen und bestätigen Sie jede mit einem Häkchen, um trotzdem zu senden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot be checked: {error}</source>
        <translation>Kann nicht geprüft werden: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>This message cannot be sent: %n reason(s) below.</source>
        <translation>
            <numerusform>Diese Nachricht kann nicht gesendet werden: %n Grund, siehe unten.</numerusform>
            <numerusform>Diese Nachricht kann nicht gesendet werden: %n Gründe, siehe unten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{count} of {limit} characters</source>
        <translation>{count} von {limit} Zeichen</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{length} – %Ln too many</source>
        <translation>
            <numerusform>{length} – %Ln zu viel</numerusform>
            <numerusform>{length} – %Ln zu viel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln Zeichen</numerusform>
            <numerusform>%Ln Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>I have read this and send anyway</source>
        <translation>Ich habe dies gelesen und sende trotzdem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send anyway: {warning}</source>
        <translation>Trotzdem senden: {warning}</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Not sent: {error}</source>
        <translation>Nicht gesendet: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending… (message {id} is in the outbox; closing this dialog does not stop it)</source>
        <translation>Wird gesendet… (Nachricht {id} ist im Postausgang; das Schließen dieses Dialogs hält den Versand nicht auf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Composer failed while sending: {error}. See the outbox.</source>
        <translation>Beim Senden ist in Composer ein Fehler aufgetreten: {error}. Siehe Postausgang.</translation>
    </message>
</context>
<context>
    <name>SendWords</name>
    <message>
        <location filename="../composer/services/sending.py" line="+141"/>
        <source>Cannot be sent: {reasons}</source>
        <translation>Senden nicht möglich: {reasons}</translation>
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
        <translation>Senden nicht möglich</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n warning(s) need your confirmation before sending: {warnings}</source>
        <translation>
            <numerusform>%n Warnung muss vor dem Senden bestätigt werden: {warnings}</numerusform>
            <numerusform>%n Warnungen müssen vor dem Senden bestätigt werden: {warnings}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+132"/>
        <source>The order id is missing</source>
        <translation>Die Bestellnummer fehlt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Composer cannot send by {channel}; use sp-api or email</source>
        <translation>Composer kann nicht über {channel} senden; verwenden Sie sp-api oder email</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Account {name} has no SP-API credentials; add them with composer accounts set-secret {account} lwa_client_id (and lwa_client_secret, refresh_token)</source>
        <translation>Das Konto {name} hat keine SP-API-Zugangsdaten; hinterlegen Sie sie mit composer accounts set-secret {account} lwa_client_id (sowie lwa_client_secret, refresh_token)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Amazon cannot be reached ({reason}), so the message types this order allows and the buyer&apos;s language are not known. If you send, the message waits and goes out when the network is back; Amazon refuses it then if the type is not allowed.</source>
        <translation>Amazon ist nicht erreichbar ({reason}); daher ist nicht bekannt, welche Nachrichtentypen diese Bestellung erlaubt und welche Sprache der Käufer bevorzugt. Wenn Sie senden, wartet die Nachricht und wird gesendet, sobald das Netzwerk wieder verfügbar ist; ist der Typ nicht erlaubt, lehnt Amazon sie dann ab.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>none known</source>
        <translation>keine bekannt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the message type (the check proposes none); allowed: {choices}</source>
        <translation>Wählen Sie den Nachrichtentyp (die Prüfung schlägt keinen vor); erlaubt: {choices}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none at the moment</source>
        <translation>derzeit keine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amazon does not allow a {type} message for order {order} now (allowed: {choices})</source>
        <translation>Amazon erlaubt für die Bestellung {order} derzeit keine Nachricht vom Typ {type} (erlaubt: {choices})</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Amazon writes the review request itself: your text and files are not sent</source>
        <translation>Amazon formuliert die Bewertungsanfrage selbst: Ihr Text und Ihre Dateien werden nicht gesendet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A review may be requested from 5 to 30 days after delivery: for this order from {first} to {last} (today is {today})</source>
        <translation>Eine Bewertung kann 5 bis 30 Tage nach der Zustellung angefordert werden, für diese Bestellung also von {first} bis {last} (heute: {today})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A review was already requested for order {order} (outbox message {id}, {state}); Amazon allows one per order</source>
        <translation>Für die Bestellung {order} wurde bereits eine Bewertung angefordert (Nachricht {id} im Postausgang, {state}); Amazon erlaubt eine pro Bestellung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A proactive message was already sent for order {order} (outbox message {id}); Amazon allows one review request or free-form proactive message per order, so it may refuse this one</source>
        <translation>Für die Bestellung {order} wurde bereits eine proaktive Nachricht gesendet (Nachricht {id} im Postausgang); Amazon erlaubt pro Bestellung nur eine Bewertungsanfrage oder frei formulierte proaktive Nachricht und lehnt diese daher möglicherweise ab</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Amazon does not offer a review request for order {order} now: outside 5 to 30 days after delivery, not shipped yet, or already requested</source>
        <translation>Amazon bietet für die Bestellung {order} derzeit keine Bewertungsanfrage an: außerhalb von 5 bis 30 Tagen nach der Zustellung, noch nicht versandt oder bereits angefordert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Amazon cannot be reached ({reason}), so whether it allows a review request for this order is not known. If you send, the request waits and goes out when the network is back.</source>
        <translation>Amazon ist nicht erreichbar ({reason}); daher ist nicht bekannt, ob für diese Bestellung eine Bewertungsanfrage erlaubt ist. Wenn Sie senden, wartet die Anfrage und wird gesendet, sobald das Netzwerk wieder verfügbar ist.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Account {name} has no e-mail settings (SMTP server and authorised sender address)</source>
        <translation>Das Konto {name} hat keine E-Mail-Einstellungen (SMTP-Server und autorisierte Absenderadresse)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message types and the review request are SP-API messages; an e-mail has none</source>
        <translation>Nachrichtentypen und die Bewertungsanfrage gibt es nur über die SP-API, nicht per E-Mail</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The buyer&apos;s address (…@marketplace.amazon…) is missing</source>
        <translation>Die Adresse des Käufers (…@marketplace.amazon…) fehlt</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+403"/>
        <source>Composer sends files by the SP-API only</source>
        <translation>Composer sendet Dateien nur über die SP-API</translation>
    </message>
    <message>
        <location line="-304"/>
        <source>The same message is already in the outbox for order {order} (message {id}, {state}, {recorded} UTC); the buyer would get it twice</source>
        <translation>Dieselbe Nachricht steht für die Bestellung {order} bereits im Postausgang (Nachricht {id}, {state}, {recorded} UTC); der Käufer bekäme sie doppelt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A review was requested for order {order} already (outbox message {id}); Amazon allows one review request or free-form proactive message per order</source>
        <translation>Für die Bestellung {order} wurde bereits eine Bewertung angefordert (Nachricht {id} im Postausgang); Amazon erlaubt pro Bestellung nur eine Bewertungsanfrage oder frei formulierte proaktive Nachricht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A proactive message was sent for order {order} already (outbox message {id}); Amazon allows one review request or free-form proactive message per order</source>
        <translation>Für die Bestellung {order} wurde bereits eine proaktive Nachricht gesendet (Nachricht {id} im Postausgang); Amazon erlaubt pro Bestellung nur eine Bewertungsanfrage oder frei formulierte proaktive Nachricht</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This message was handed over already</source>
        <translation>Diese Nachricht wurde bereits übergeben</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A review was already requested for this order (outbox message {id})</source>
        <translation>Für diese Bestellung wurde bereits eine Bewertung angefordert (Nachricht {id} im Postausgang)</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Marketplace {code} is served by the {region} region; account {name} is in {account_region}</source>
        <translation>Der Marktplatz {code} gehört zur Region {region}; das Konto {name} gehört zur Region {account_region}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Account {name}: {reason}</source>
        <translation>Konto {name}: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Composer cannot send by {channel}</source>
        <translation>Composer kann nicht über {channel} senden</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Amazon removed the {type} message type on {date}</source>
        <translation>Amazon hat den Nachrichtentyp {type} am {date} abgeschafft</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown message type {type}; known: {known}</source>
        <translation>Unbekannter Nachrichtentyp {type}; bekannt: {known}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Amazon forbids this message: {reason}</source>
        <translation>Amazon verbietet diese Nachricht: {reason}</translation>
    </message>
</context>
<context>
    <name>SendingHub</name>
    <message>
        <location filename="../composer/ui/sending_hub.py" line="+263"/>
        <source>The outbox cannot be opened: {error}</source>
        <translation>Der Postausgang kann nicht geöffnet werden: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sending the waiting messages failed: {error}</source>
        <translation>Das Senden der wartenden Nachrichten ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The outbox cannot be read: {error}</source>
        <translation>Der Postausgang kann nicht gelesen werden: {error}</translation>
    </message>
</context>
<context>
    <name>StoreWords</name>
    <message>
        <location filename="../composer/services/store.py" line="+283"/>
        <location line="+380"/>
        <location line="+19"/>
        <source>open the database</source>
        <translation>Öffnen der Datenbank</translation>
    </message>
    <message>
        <location line="-372"/>
        <source>Cannot set aside {path}: there is no such file</source>
        <translation>{path} kann nicht beiseitegelegt werden: Die Datei existiert nicht</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot set aside {path}: {reason}</source>
        <translation>{path} kann nicht beiseitegelegt werden: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>save the draft</source>
        <translation>Speichern des Entwurfs</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>read the draft</source>
        <translation>Lesen des Entwurfs</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>list the drafts</source>
        <translation>Auflisten der Entwürfe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>rename the draft</source>
        <translation>Umbenennen des Entwurfs</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>delete the draft</source>
        <translation>Löschen des Entwurfs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>find the last draft</source>
        <translation>Suchen des letzten Entwurfs</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>save the template</source>
        <translation>Speichern der Vorlage</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>read the template</source>
        <translation>Lesen der Vorlage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>list the templates</source>
        <translation>Auflisten der Vorlagen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>delete the template</source>
        <translation>Löschen der Vorlage</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>import the templates</source>
        <translation>Importieren der Vorlagen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ignore the rule</source>
        <translation>Ignorieren der Regel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stop ignoring the rule</source>
        <translation>Wiederaktivieren der Regel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>read the ignored rules</source>
        <translation>Lesen der ignorierten Regeln</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ignore the finding</source>
        <translation>Ignorieren der Meldung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>stop ignoring the finding</source>
        <translation>Wiederanzeigen der Meldung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>read the ignored findings</source>
        <translation>Lesen der ignorierten Meldungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>read the schema version</source>
        <translation>Lesen der Schemaversion</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path} is another program&apos;s database, not Composer&apos;s</source>
        <translation>{path} ist die Datenbank eines anderen Programms, nicht die von Composer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} was written by a newer Composer (schema version {version}; this one reads up to {known}): update Composer to open it</source>
        <translation>{path} wurde von einer neueren Composer-Version geschrieben (Schemaversion {version}; diese Version liest bis {known}): Aktualisieren Sie Composer, um die Datei zu öffnen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{path} is damaged ({problem})</source>
        <translation>{path} ist beschädigt ({problem})</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not bring {path} from schema version {version} to {target}: {reason}</source>
        <translation>{path} konnte nicht von Schemaversion {version} auf {target} aktualisiert werden: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{path} has been closed</source>
        <translation>{path} wurde geschlossen</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>draft {id}</source>
        <translation>Entwurf {id}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>order date</source>
        <translation>Bestelldatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivery date</source>
        <translation>Lieferdatum</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+102"/>
        <source>template {id}</source>
        <translation>Vorlage {id}</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>time of saving</source>
        <translation>Speicherzeitpunkt</translation>
    </message>
    <message>
        <location filename="../composer/services/outbox.py" line="-504"/>
        <location filename="../composer/services/store.py" line="+6"/>
        <source>{path} is damaged: {where} has an unreadable {field} ({value})</source>
        <extracomment>{where} is &quot;draft 3&quot;, {field} &quot;order date&quot;, {value} the stored value as it is.</extracomment>
        <translation>{path} ist beschädigt: In {where} ist das Feld „{field}“ unlesbar ({value})</translation>
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
        <translation>kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is larger than {size} MB</source>
        <translation>ist größer als {size} MB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is not UTF-8 text, so not a template file</source>
        <translation>ist kein UTF-8-Text und daher keine Vorlagendatei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not valid JSON (line {line}, column {column}: {problem})</source>
        <translation>ist kein gültiges JSON (Zeile {line}, Spalte {column}: {problem})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not valid JSON ({problem})</source>
        <translation>ist kein gültiges JSON ({problem})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a template file (nested too deeply)</source>
        <translation>ist keine Vorlagendatei (zu tief verschachtelt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a Composer template file (no {field})</source>
        <extracomment>{field} is the JSON that is missing, as it is.</extracomment>
        <translation>ist keine Composer-Vorlagendatei ({field} fehlt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has no valid {field} (a whole number, 1 or more)</source>
        <translation>hat keinen gültigen Wert für {field} (eine ganze Zahl ab 1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>was made by a newer Composer (format version {version}; this one reads up to {known}): update Composer to import it</source>
        <translation>wurde von einer neueren Composer-Version erstellt (Formatversion {version}; diese Version liest bis {known}): Aktualisieren Sie Composer, um sie zu importieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has an unknown field {field}</source>
        <translation>hat ein unbekanntes Feld {field}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} must be text</source>
        <translation>{field} muss Text sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has no {field} list</source>
        <translation>hat keine Liste {field}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where} is not an object with a name, subject and body_html</source>
        <translation>{where} ist kein Objekt mit name, subject und body_html</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where} has an unknown field {field}</source>
        <translation>{where} hat ein unbekanntes Feld {field}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{where} has no {field}</source>
        <translation>{where} hat kein Feld {field}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: {field} must be text, not {kind}</source>
        <extracomment>{kind} is what the JSON holds instead: &quot;a number&quot;, &quot;a list&quot;, &quot;null&quot; …</extracomment>
        <translation>{where}: {field} muss Text sein, nicht {kind}</translation>
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
        <translation>{where}: {field} ist leer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is longer than {limit} characters</source>
        <translation>ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contains an invalid character (half of a surrogate pair)</source>
        <translation>enthält ein ungültiges Zeichen (ein halbes Surrogatpaar)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contains a control character ({code})</source>
        <translation>enthält ein Steuerzeichen ({code})</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>{path} is a folder, not a database</source>
        <translation>{path} ist ein Ordner, keine Datenbank</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} is not a database (not an SQLite file)</source>
        <translation>{path} ist keine Datenbank (keine SQLite-Datei)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open {path}: {reason}</source>
        <translation>{path} kann nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+13"/>
        <source>{file}: cannot be written ({reason})</source>
        <translation>{file}: kann nicht geschrieben werden ({reason})</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+7"/>
        <source>is in use by another program, perhaps another Composer window</source>
        <translation>wird von einem anderen Programm verwendet, vielleicht von einem anderen Composer-Fenster</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is not a database</source>
        <translation>ist keine Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is damaged</source>
        <translation>ist beschädigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot be written: the disk is full</source>
        <translation>kann nicht geschrieben werden: Der Datenträger ist voll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is read-only</source>
        <translation>ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>may not be opened (permission denied)</source>
        <translation>darf nicht geöffnet werden (Zugriff verweigert)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot be opened</source>
        <translation>kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot be read or written (a disk error)</source>
        <translation>kann nicht gelesen oder geschrieben werden (Datenträgerfehler)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not {action}: {path} {problem} ({reason})</source>
        <extracomment>{action} is what was being done (&quot;save the draft&quot;), {problem} &quot;is read-only&quot; and the like, {reason} SQLite&apos;s own words.</extracomment>
        <translation>{action} fehlgeschlagen: {path} {problem} ({reason})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not {action}: {path}: {reason}</source>
        <translation>{action} fehlgeschlagen: {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../composer/ui/templates_dialog.py" line="+81"/>
        <location line="+2"/>
        <source>Forbidden message ({purpose})</source>
        <translation>Verbotene Nachricht ({purpose})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not be checked: {reason}</source>
        <translation>Konnte nicht geprüft werden: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amazon would refuse this template: {problems}.</source>
        <translation>Amazon würde diese Vorlage ablehnen: {problems}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passes the checks.</source>
        <translation>Prüfung bestanden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amazon would refuse this template:
{problems}</source>
        <translation>Amazon würde diese Vorlage ablehnen:
{problems}</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Composer templates ({patterns})</source>
        <translation>Composer-Vorlagen ({patterns})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files ({patterns})</source>
        <translation>Alle Dateien ({patterns})</translation>
    </message>
    <message>
        <location line="+559"/>
        <source>template</source>
        <comment>a file name</comment>
        <translation>Vorlage</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location line="-416"/>
        <location line="+1"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template preview</source>
        <translation>Vorlagenvorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template check</source>
        <translation>Vorlagenprüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates message</source>
        <translation>Meldung im Vorlagendialog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use template</source>
        <translation>Vorlage verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save current message as template…</source>
        <translation>Aktuelle Nachricht als Vorlage speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected templates…</source>
        <translation>Ausgewählte Vorlagen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All templates…</source>
        <translation>Alle Vorlagen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no message to save</source>
        <translation>Es gibt keine Nachricht zum Speichern</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The templates could not be read: {error}</source>
        <translation>Die Vorlagen konnten nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+82"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>{name}, subject: {subject}</source>
        <translation>{name}, Betreff: {subject}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+82"/>
        <source>Being checked…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>No template selected.</source>
        <translation>Keine Vorlage ausgewählt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No templates yet: save the current message as one, or import a file.</source>
        <translation>Noch keine Vorlagen: Speichern Sie die aktuelle Nachricht als Vorlage oder importieren Sie eine Datei.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it cannot be read</source>
        <translation>sie kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This template cannot be used: {reason}</source>
        <translation>Diese Vorlage kann nicht verwendet werden: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not filled in from the order: {names}.</source>
        <translation>Nicht aus der Bestellung ausgefüllt: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out when inserted: {removed}.</source>
        <translation>Beim Einfügen weggelassen: {removed}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“{name}” cannot be used: its body is not text.</source>
        <translation>„{name}“ kann nicht verwendet werden: Der Inhalt ist kein Text.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+16"/>
        <source>A template needs a name (one line of text).</source>
        <translation>Eine Vorlage braucht einen Namen (eine Textzeile).</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The template could not be saved: {error}</source>
        <translation>Die Vorlage konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{name}” is gone (deleted in another window).</source>
        <translation>„{name}“ ist nicht mehr vorhanden (in einem anderen Fenster gelöscht).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template could not be renamed: {error}</source>
        <translation>Die Vorlage konnte nicht umbenannt werden: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The templates could not be deleted: {error}</source>
        <translation>Die Vorlagen konnten nicht gelöscht werden: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted “{name}”.</source>
        <translation>„{name}“ gelöscht.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Deleted %Ln template(s).</source>
        <translation>
            <numerusform>%Ln Vorlage gelöscht.</numerusform>
            <numerusform>%Ln Vorlagen gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was imported: {error}</source>
        <translation>Nichts importiert: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Imported %Ln template(s) from {file}.</source>
        <translation>
            <numerusform>%Ln Vorlage aus {file} importiert.</numerusform>
            <numerusform>%Ln Vorlagen aus {file} importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was exported: a selected template was deleted meanwhile.</source>
        <translation>Nichts exportiert: Eine ausgewählte Vorlage wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was exported: {error}</source>
        <translation>Nichts exportiert: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %Ln template(s) to {file}.</source>
        <translation>
            <numerusform>%Ln Vorlage nach {file} exportiert.</numerusform>
            <numerusform>%Ln Vorlagen nach {file} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Renamed to “{name}” (“{asked}” is taken).</source>
        <translation>Umbenannt in „{name}“ („{asked}“ ist schon vergeben).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved as “{name}” (“{asked}” is taken).</source>
        <translation>Gespeichert als „{name}“ („{asked}“ ist schon vergeben).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renamed to “{name}”.</source>
        <translation>Umbenannt in „{name}“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved as “{name}”.</source>
        <translation>Gespeichert als „{name}“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>Template name:</source>
        <translation>Name der Vorlage:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename template</source>
        <translation>Vorlage umbenennen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete “{name}” for good?</source>
        <translation>„{name}“ endgültig löschen?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %Ln template(s) for good?</source>
        <translation>
            <numerusform>%Ln Vorlage endgültig löschen?</numerusform>
            <numerusform>%Ln Vorlagen endgültig löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete templates</source>
        <translation>Vorlagen löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import templates</source>
        <translation>Vorlagen importieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Composer templates</source>
        <comment>a file name</comment>
        <translation>Composer-Vorlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export templates</source>
        <translation>Vorlagen exportieren</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../composer/policy/classifier.py" line="+164"/>
        <source>[Important] on a message that is not critical</source>
        <translation>[Important] bei einer nicht kritischen Nachricht</translation>
    </message>
    <message>
        <location line="+109"/>
        <location filename="../composer/ui/panel.py" line="-37"/>
        <source>Forbidden: {purposes}.</source>
        <translation>Verboten: {purposes}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Critical to completing the order: {purposes}.</source>
        <translation>Kritisch für die Abwicklung der Bestellung: {purposes}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Permitted, not critical: a reply to the buyer.</source>
        <translation>Zulässig, nicht kritisch: eine Antwort an den Käufer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Permitted, not critical: no specific purpose recognised.</source>
        <translation>Zulässig, nicht kritisch: kein bestimmter Zweck erkannt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Permitted, not critical (it will not reach buyers who opted out): {purposes}.</source>
        <translation>Zulässig, nicht kritisch (erreicht keine Käufer, die Nachrichten abbestellt haben): {purposes}.</translation>
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
        <translation>{purpose} („{sentence}“)</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../composer/policy/rules/attachments.py" line="+42"/>
        <source>the name says it is marketing (“{cue}”)</source>
        <translation>der Name deutet auf Werbung hin („{cue}“)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a .{extension} file is rarely instructions, warranty or an invoice</source>
        <translation>eine .{extension}-Datei ist selten eine Anleitung, Garantie oder Rechnung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage guides and e-books (“{cue}”) read as marketing unless they are the product&apos;s manual</source>
        <translation>Ratgeber und E-Books („{cue}“) gelten als Werbung, sofern sie nicht die Bedienungsanleitung des Produkts sind</translation>
    </message>
    <message>
        <location filename="../composer/policy/rules/envelope.py" line="+166"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the tag no longer lets a message through an opt-out (2025); choose a critical message type instead</source>
        <translation>die Kennzeichnung bringt eine Nachricht seit 2025 nicht mehr an einer Abbestellung vorbei; wählen Sie stattdessen einen kritischen Nachrichtentyp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it marks a message as critical when its content is not</source>
        <translation>sie kennzeichnet eine Nachricht als kritisch, obwohl ihr Inhalt es nicht ist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a translated tag never let a message through an opt-out, and it reads as a misused [Important]</source>
        <translation>eine übersetzte Kennzeichnung hat eine Nachricht nie an einer Abbestellung vorbeigebracht und wirkt wie ein missbrauchtes [Important]</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>HTML is not allowed; the text is sent as plain text</source>
        <translation>HTML ist nicht erlaubt; der Text wird als reiner Text gesendet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the {type} type sends attachments only, no text</source>
        <translation>der Typ {type} sendet nur Anhänge, keinen Text</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{count} characters; {type} allows {limit}</source>
        <translation>{count} Zeichen; {type} erlaubt {limit}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the {type} type takes no attachments</source>
        <translation>der Typ {type} nimmt keine Anhänge an</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} attachments; {type} takes {low} to {high}</source>
        <translation>{count} Anhänge; {type} nimmt {low} bis {high} an</translation>
    </message>
    <message>
        <location filename="../composer/policy/rules/links.py" line="+183"/>
        <source>a {scheme}: link</source>
        <translation>ein {scheme}:-Link</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a shortened link hides where it goes</source>
        <translation>ein gekürzter Link verbirgt sein Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it leads to {host}</source>
        <translation>er führt zu {host}</translation>
    </message>
    <message>
        <location filename="../composer/policy/rules/styling.py" line="+320"/>
        <source>image without alt text</source>
        <translation>Bild ohne Alternativtext</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>link text that does not say where it goes</source>
        <translation>Linktext, der nicht sagt, wohin der Link führt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>text colour too light to read on white</source>
        <translation>Textfarbe zu hell für einen weißen Hintergrund</translation>
    </message>
    <message>
        <location filename="../composer/policy/rules/spelling.py" line="-51"/>
        <source>Replace with “{word}”</source>
        <translation>Durch „{word}“ ersetzen</translation>
    </message>
</context>
<context>
    <name>country</name>
    <message>
        <location filename="../composer/services/marketplaces.py" line="-185"/>
        <source>United States</source>
        <comment>US</comment>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Canada</source>
        <comment>CA</comment>
        <translation>Kanada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mexico</source>
        <comment>MX</comment>
        <translation>Mexiko</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Brazil</source>
        <comment>BR</comment>
        <translation>Brasilien</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>United Kingdom</source>
        <comment>UK</comment>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Germany</source>
        <comment>DE</comment>
        <translation>Deutschland</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>France</source>
        <comment>FR</comment>
        <translation>Frankreich</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Italy</source>
        <comment>IT</comment>
        <translation>Italien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spain</source>
        <comment>ES</comment>
        <translation>Spanien</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Netherlands</source>
        <comment>NL</comment>
        <translation>Niederlande</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sweden</source>
        <comment>SE</comment>
        <translation>Schweden</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Poland</source>
        <comment>PL</comment>
        <translation>Polen</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Belgium</source>
        <comment>BE</comment>
        <translation>Belgien</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Ireland</source>
        <comment>IE</comment>
        <translation>Irland</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Turkey</source>
        <comment>TR</comment>
        <translation>Türkei</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>United Arab Emirates</source>
        <comment>AE</comment>
        <translation>Vereinigte Arabische Emirate</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saudi Arabia</source>
        <comment>SA</comment>
        <translation>Saudi-Arabien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Egypt</source>
        <comment>EG</comment>
        <translation>Ägypten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>South Africa</source>
        <comment>ZA</comment>
        <translation>Südafrika</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>India</source>
        <comment>IN</comment>
        <translation>Indien</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Japan</source>
        <comment>JP</comment>
        <translation>Japan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Australia</source>
        <comment>AU</comment>
        <translation>Australien</translation>
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
        <translation>Englisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>German</source>
        <comment>de</comment>
        <extracomment>The name of the language de.</extracomment>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>French</source>
        <comment>fr</comment>
        <extracomment>The name of the language fr.</extracomment>
        <translation>Französisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spanish</source>
        <comment>es</comment>
        <extracomment>The name of the language es.</extracomment>
        <translation>Spanisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Italian</source>
        <comment>it</comment>
        <extracomment>The name of the language it.</extracomment>
        <translation>Italienisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portuguese</source>
        <comment>pt</comment>
        <extracomment>The name of the language pt.</extracomment>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dutch</source>
        <comment>nl</comment>
        <extracomment>The name of the language nl.</extracomment>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polish</source>
        <comment>pl</comment>
        <extracomment>The name of the language pl.</extracomment>
        <translation>Polnisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latvian</source>
        <comment>lv</comment>
        <extracomment>The name of the language lv.</extracomment>
        <translation>Lettisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basque</source>
        <comment>eu</comment>
        <extracomment>The name of the language eu.</extracomment>
        <translation>Baskisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Russian</source>
        <comment>ru</comment>
        <extracomment>The name of the language ru.</extracomment>
        <translation>Russisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arabic</source>
        <comment>ar</comment>
        <extracomment>The name of the language ar.</extracomment>
        <translation>Arabisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persian</source>
        <comment>fa</comment>
        <extracomment>The name of the language fa.</extracomment>
        <translation>Persisch</translation>
    </message>
</context>
<context>
    <name>message-type</name>
    <message>
        <location line="-357"/>
        <source>Confirm customization details</source>
        <comment>confirmCustomizationDetails</comment>
        <extracomment>SP-API message type confirmCustomizationDetails (critical): Seller Central&apos;s name.</extracomment>
        <translation>Personalisierungsdetails bestätigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Confirm delivery details</source>
        <comment>confirmDeliveryDetails</comment>
        <extracomment>SP-API message type confirmDeliveryDetails (critical): Seller Central&apos;s name.</extracomment>
        <translation>Lieferdetails bestätigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm order details</source>
        <comment>confirmOrderDetails</comment>
        <extracomment>SP-API message type confirmOrderDetails (critical): Seller Central&apos;s name.</extracomment>
        <translation>Bestelldetails bestätigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unexpected problem</source>
        <comment>unexpectedProblem</comment>
        <extracomment>SP-API message type unexpectedProblem (critical): Seller Central&apos;s name.</extracomment>
        <translation>Unerwartetes Problem</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Legal disclosure</source>
        <comment>legalDisclosure</comment>
        <extracomment>SP-API message type legalDisclosure (critical): Seller Central&apos;s name.</extracomment>
        <translation>Rechtliche Pflichtangaben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm service details</source>
        <comment>confirmServiceDetails</comment>
        <extracomment>SP-API message type confirmServiceDetails (not critical): Seller Central&apos;s name.</extracomment>
        <translation>Servicedetails bestätigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Digital access key</source>
        <comment>digitalAccessKey</comment>
        <extracomment>SP-API message type digitalAccessKey (not critical): Seller Central&apos;s name.</extracomment>
        <translation>Digitaler Zugangsschlüssel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warranty</source>
        <comment>warranty</comment>
        <extracomment>SP-API message type warranty (not critical): Seller Central&apos;s name.</extracomment>
        <translation>Garantie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invoice</source>
        <comment>invoice</comment>
        <extracomment>SP-API message type invoice (not critical): Seller Central&apos;s name.</extracomment>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request a review (Solicitations API)</source>
        <comment>productReviewAndSellerFeedback</comment>
        <extracomment>SP-API message type productReviewAndSellerFeedback (not critical): Seller Central&apos;s name.</extracomment>
        <translation>Bewertung anfordern (Solicitations API)</translation>
    </message>
</context>
<context>
    <name>message-type-topic</name>
    <message>
        <location line="-38"/>
        <source>customization details</source>
        <comment>confirmCustomizationDetails</comment>
        <extracomment>SP-API message type confirmCustomizationDetails: what it is about.</extracomment>
        <translation>Personalisierungsdetails</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>order delivery</source>
        <comment>confirmDeliveryDetails</comment>
        <extracomment>SP-API message type confirmDeliveryDetails: what it is about.</extracomment>
        <translation>Lieferung der Bestellung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>order completion</source>
        <comment>confirmOrderDetails</comment>
        <extracomment>SP-API message type confirmOrderDetails: what it is about.</extracomment>
        <translation>Abwicklung der Bestellung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an unexpected problem with the order</source>
        <comment>unexpectedProblem</comment>
        <extracomment>SP-API message type unexpectedProblem: what it is about.</extracomment>
        <translation>ein unerwartetes Problem mit der Bestellung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>documents required by law</source>
        <comment>legalDisclosure</comment>
        <extracomment>SP-API message type legalDisclosure: what it is about.</extracomment>
        <translation>gesetzlich vorgeschriebene Dokumente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Home Service calls</source>
        <comment>confirmServiceDetails</comment>
        <extracomment>SP-API message type confirmServiceDetails: what it is about.</extracomment>
        <translation>Termine für Home Services</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the digital access key</source>
        <comment>digitalAccessKey</comment>
        <extracomment>SP-API message type digitalAccessKey: what it is about.</extracomment>
        <translation>der digitale Zugangsschlüssel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warranty information</source>
        <comment>warranty</comment>
        <extracomment>SP-API message type warranty: what it is about.</extracomment>
        <translation>Garantieinformationen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the invoice</source>
        <comment>invoice</comment>
        <extracomment>SP-API message type invoice: what it is about.</extracomment>
        <translation>die Rechnung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amazon&apos;s own review and feedback request; the seller writes no text</source>
        <comment>productReviewAndSellerFeedback</comment>
        <extracomment>SP-API message type productReviewAndSellerFeedback: what it is about.</extracomment>
        <translation>Amazons eigene Bitte um Rezension und Verkäuferbewertung; der Verkäufer schreibt keinen Text</translation>
    </message>
</context>
<context>
    <name>purpose</name>
    <message>
        <location line="-136"/>
        <source>Customization details</source>
        <comment>customization</comment>
        <extracomment>Purpose customization (critical): what a message is for.</extracomment>
        <translation>Personalisierungsdetails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery scheduling</source>
        <comment>delivery-scheduling</comment>
        <extracomment>Purpose delivery-scheduling (critical): what a message is for.</extracomment>
        <translation>Vereinbarung des Liefertermins</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipping address problem</source>
        <comment>address-problem</comment>
        <extracomment>Purpose address-problem (critical): what a message is for.</extracomment>
        <translation>Problem mit der Lieferadresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Information needed to complete the order</source>
        <comment>additional-information</comment>
        <extracomment>Purpose additional-information (critical): what a message is for.</extracomment>
        <translation>Für die Abwicklung der Bestellung benötigte Informationen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unexpected problem that blocks the order</source>
        <comment>unexpected-problem</comment>
        <extracomment>Purpose unexpected-problem (critical): what a message is for.</extracomment>
        <translation>Unerwartetes Problem, das die Bestellung aufhält</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document required by law</source>
        <comment>legal-disclosure</comment>
        <extracomment>Purpose legal-disclosure (critical): what a message is for.</extracomment>
        <translation>Gesetzlich vorgeschriebenes Dokument</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay or cancellation notice</source>
        <comment>delay-notice</comment>
        <extracomment>Purpose delay-notice (permitted): what a message is for.</extracomment>
        <translation>Hinweis auf Verzögerung oder Stornierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return question or partial refund</source>
        <comment>return-information</comment>
        <extracomment>Purpose return-information (permitted): what a message is for.</extracomment>
        <translation>Frage zur Rücksendung oder Teilerstattung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice</source>
        <comment>invoice</comment>
        <extracomment>Purpose invoice (permitted): what a message is for.</extracomment>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neutral review or feedback request</source>
        <comment>review-request</comment>
        <extracomment>Purpose review-request (permitted): what a message is for.</extracomment>
        <translation>Neutrale Bewertungsanfrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home Services appointment</source>
        <comment>service-appointment</comment>
        <extracomment>Purpose service-appointment (permitted): what a message is for.</extracomment>
        <translation>Termin für Home Services</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warranty information</source>
        <comment>warranty</comment>
        <extracomment>Purpose warranty (permitted): what a message is for.</extracomment>
        <translation>Garantieinformationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digital access key</source>
        <comment>digital-access-key</comment>
        <extracomment>Purpose digital-access-key (permitted): what a message is for.</extracomment>
        <translation>Digitaler Zugangsschlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neutral note about seller feedback</source>
        <comment>feedback-removal</comment>
        <extracomment>Purpose feedback-removal (permitted): what a message is for.</extracomment>
        <translation>Neutraler Hinweis zur Verkäuferbewertung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund or return confirmation</source>
        <comment>refund-confirmation</comment>
        <extracomment>Purpose refund-confirmation (permitted): what a message is for.</extracomment>
        <translation>Bestätigung von Rückerstattung oder Rücksendung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unprompted tips, manuals or check-ins</source>
        <comment>proactive-service-content</comment>
        <extracomment>Purpose proactive-service-content (permitted): what a message is for.</extracomment>
        <translation>Unaufgeforderte Tipps, Anleitungen oder Zufriedenheitsnachfragen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Substitute offered for an out-of-stock item</source>
        <comment>out-of-stock-substitute</comment>
        <extracomment>Purpose out-of-stock-substitute (permitted): what a message is for.</extracomment>
        <translation>Ersatzangebot für einen ausverkauften Artikel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reply to the buyer</source>
        <comment>buyer-reply</comment>
        <extracomment>Purpose buyer-reply (permitted): what a message is for.</extracomment>
        <translation>Antwort an den Käufer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other content</source>
        <comment>other</comment>
        <extracomment>Purpose other (permitted): what a message is for.</extracomment>
        <translation>Sonstiger Inhalt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order confirmation</source>
        <comment>order-confirmation</comment>
        <extracomment>Purpose order-confirmation (forbidden): what a message is for.</extracomment>
        <translation>Bestellbestätigung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipping or delivery confirmation</source>
        <comment>shipping-confirmation</comment>
        <extracomment>Purpose shipping-confirmation (forbidden): what a message is for.</extracomment>
        <translation>Versand- oder Zustellbestätigung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thanks or help offer only</source>
        <comment>thank-you-only</comment>
        <extracomment>Purpose thank-you-only (forbidden): what a message is for.</extracomment>
        <translation>Nur Dank oder Hilfsangebot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marketing or promotion</source>
        <comment>promotion</comment>
        <extracomment>Purpose promotion (forbidden): what a message is for.</extracomment>
        <translation>Marketing oder Werbung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review incentive</source>
        <comment>review-incentive</comment>
        <extracomment>Purpose review-incentive (forbidden): what a message is for.</extracomment>
        <translation>Anreiz für Bewertungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positive-only, conditional or steering review request</source>
        <comment>review-manipulation</comment>
        <extracomment>Purpose review-manipulation (forbidden): what a message is for.</extracomment>
        <translation>Einseitig positive, bedingte oder lenkende Bewertungsanfrage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request to change or remove a review</source>
        <comment>review-removal</comment>
        <extracomment>Purpose review-removal (forbidden): what a message is for.</extracomment>
        <translation>Aufforderung, eine Rezension zu ändern oder zu entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pressure to remove seller feedback</source>
        <comment>feedback-removal-pressure</comment>
        <extracomment>Purpose feedback-removal-pressure (forbidden): what a message is for.</extracomment>
        <translation>Druck, eine Verkäuferbewertung zu entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second or reminder review request</source>
        <comment>repeated-review-request</comment>
        <extracomment>Purpose repeated-review-request (forbidden): what a message is for.</extracomment>
        <translation>Zweite Bewertungsanfrage oder Erinnerung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message to someone who did not order</source>
        <comment>no-order-relationship</comment>
        <extracomment>Purpose no-order-relationship (forbidden): what a message is for.</extracomment>
        <translation>Nachricht an Personen, die nicht bestellt haben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proactive message after the 30-day window</source>
        <comment>order-age</comment>
        <extracomment>Purpose order-age (forbidden): what a message is for.</extracomment>
        <translation>Proaktive Nachricht nach Ablauf der 30-Tage-Frist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diverting the buyer off Amazon</source>
        <comment>off-amazon</comment>
        <extracomment>Purpose off-amazon (forbidden): what a message is for.</extracomment>
        <translation>Käufer von Amazon weglenken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asking for payment after the sale</source>
        <comment>extra-payment</comment>
        <extracomment>Purpose extra-payment (forbidden): what a message is for.</extracomment>
        <translation>Zahlungsforderung nach dem Kauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asking the buyer to cancel</source>
        <comment>cancellation-request</comment>
        <extracomment>Purpose cancellation-request (forbidden): what a message is for.</extracomment>
        <translation>Käufer zur Stornierung auffordern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Critical tag on non-critical content</source>
        <comment>important-tag-misuse</comment>
        <extracomment>Purpose important-tag-misuse (forbidden): what a message is for.</extracomment>
        <translation>Kennzeichnung als kritisch bei nicht kritischem Inhalt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content outside the chosen message type</source>
        <comment>purpose-mismatch</comment>
        <extracomment>Purpose purpose-mismatch (forbidden): what a message is for.</extracomment>
        <translation>Inhalt außerhalb des gewählten Nachrichtentyps</translation>
    </message>
</context>
<context>
    <name>rule-explanation</name>
    <message>
        <location line="-999"/>
        <source>Amazon sends the order confirmation itself. A message (or part of one) whose job is to say the order was placed, received or is being processed is on Amazon&apos;s list of messages that are not permitted. Restating order facts inside a real question (a customization, a delivery appointment) is fine.</source>
        <comment>order-confirmation</comment>
        <extracomment>Rule order-confirmation: why Amazon forbids it.</extracomment>
        <translation>Amazon verschickt die Bestellbestätigung selbst. Eine Nachricht (oder ein Teil davon), die mitteilt, dass die Bestellung aufgegeben, eingegangen oder in Bearbeitung ist, steht auf Amazons Liste der nicht zulässigen Nachrichten. Bestelldaten im Rahmen einer echten Frage zu wiederholen (etwa zu einer Personalisierung oder einem Liefertermin), ist in Ordnung.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dispatch notices, &quot;on its way&quot;, tracking-number-only mails and delivery confirmations repeat what Amazon already sent and are not permitted. A real delivery problem or a reply to the buyer&apos;s &quot;where is my parcel?&quot; is different.</source>
        <comment>shipping-confirmation</comment>
        <extracomment>Rule shipping-confirmation: why Amazon forbids it.</extracomment>
        <translation>Versandmitteilungen, „Ist unterwegs“-Nachrichten, E-Mails nur mit der Sendungsnummer und Zustellbestätigungen wiederholen, was Amazon bereits mitgeteilt hat, und sind nicht zulässig. Anders ist es bei einem echten Lieferproblem oder bei einer Antwort auf die Frage des Käufers „Wo bleibt mein Paket?“.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A message whose only purpose is to confirm a refund or the arrival of a return repeats Amazon&apos;s own notification. Offering a partial refund or asking for information needed to complete the return is permitted.</source>
        <comment>refund-confirmation</comment>
        <extracomment>Rule refund-confirmation: why Amazon forbids it.</extracomment>
        <translation>Eine Nachricht, die nur eine Rückerstattung oder den Eingang einer Rücksendung bestätigt, wiederholt Amazons eigene Benachrichtigung. Zulässig ist es, eine Teilerstattung anzubieten oder nach Informationen zu fragen, die für den Abschluss der Rücksendung nötig sind.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Messages that only thank the buyer, or only say you are there if something goes wrong, are not permitted. Courtesy lines inside a message with a real purpose are fine.</source>
        <comment>thank-you-only</comment>
        <extracomment>Rule thank-you-only: why Amazon forbids it.</extracomment>
        <translation>Nachrichten, die sich nur beim Käufer bedanken oder nur anbieten, bei Problemen für ihn da zu sein, sind nicht zulässig. Höflichkeitsformeln in einer Nachricht mit echtem Anlass sind in Ordnung.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Usage tips, care guides, FAQs, troubleshooting and &quot;how is your product?&quot; check-ins are non-critical proactive service that Amazon does not list as permitted. Warranty information and legally required documents have their own message types; answering a buyer&apos;s question is fine.</source>
        <comment>proactive-service-content</comment>
        <extracomment>Rule proactive-service-content: why Amazon forbids it.</extracomment>
        <translation>Anwendungstipps, Pflegehinweise, FAQs, Hilfe zur Fehlerbehebung und Nachfragen wie „Wie gefällt Ihnen Ihr Produkt?“ sind nicht kritischer proaktiver Service, den Amazon nicht als zulässig aufführt. Für Garantieinformationen und gesetzlich vorgeschriebene Dokumente gibt es eigene Nachrichtentypen; die Frage eines Käufers zu beantworten, ist in Ordnung.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>When an item cannot be shipped, Amazon expects the seller to cancel and refund, not to offer a substitute or ask the buyer to wait. A delay notice is required but non-critical.</source>
        <comment>out-of-stock-substitute</comment>
        <extracomment>Rule out-of-stock-substitute: why Amazon forbids it.</extracomment>
        <translation>Kann ein Artikel nicht versandt werden, erwartet Amazon, dass der Verkäufer storniert und erstattet – nicht, dass er Ersatz anbietet oder den Käufer um Geduld bittet. Ein Hinweis auf eine Verzögerung ist Pflicht, aber nicht kritisch.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A seller who cannot fulfil an order must cancel it, not ask the buyer to do so (which shifts the cancellation onto the buyer).</source>
        <comment>cancellation-request</comment>
        <extracomment>Rule cancellation-request: why Amazon forbids it.</extracomment>
        <translation>Ein Verkäufer, der eine Bestellung nicht ausführen kann, muss sie selbst stornieren, statt den Käufer darum zu bitten (damit würde er die Stornierung auf den Käufer abwälzen).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Coupons, discount codes, sales, new products, cross-selling, newsletters, &quot;follow us&quot;, referral codes and gifts on the next order are not allowed, not even inside an otherwise permitted message.</source>
        <comment>promotion</comment>
        <extracomment>Rule promotion: why Amazon forbids it.</extracomment>
        <translation>Gutscheine, Rabattcodes, Sonderangebote, neue Produkte, Cross-Selling, Newsletter, „Folgen Sie uns“, Empfehlungscodes und Geschenke zur nächsten Bestellung sind nicht erlaubt – auch nicht innerhalb einer sonst zulässigen Nachricht.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Buying on the seller&apos;s own website, contacting the seller on WhatsApp or social media, paying outside Amazon or joining a mailing list take the buyer off Amazon, which Amazon&apos;s prohibited seller activities forbid.</source>
        <comment>off-amazon</comment>
        <extracomment>Rule off-amazon: why Amazon forbids it.</extracomment>
        <translation>Im eigenen Onlineshop des Verkäufers kaufen, den Verkäufer über WhatsApp oder soziale Medien kontaktieren, außerhalb von Amazon bezahlen oder sich in eine Mailingliste eintragen: All das lenkt den Käufer von Amazon weg, was Amazons Richtlinie zu verbotenen Verkäuferaktivitäten untersagt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Surcharges, price differences, customs fees or tips requested after the sale, above all through a non-Amazon payment route, are prohibited.</source>
        <comment>extra-payment</comment>
        <extracomment>Rule extra-payment: why Amazon forbids it.</extracomment>
        <translation>Aufpreise, Preisdifferenzen, Zollgebühren oder Trinkgelder, die nach dem Kauf verlangt werden – erst recht über einen Zahlungsweg außerhalb von Amazon –, sind verboten.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A message sent under a message type or contact reason must stay on its topic: a review request inside an &quot;unexpected problem&quot; message, or non-critical content under a critical type, is misuse of the critical channel.</source>
        <comment>purpose-mismatch</comment>
        <extracomment>Rule purpose-mismatch: why Amazon forbids it.</extracomment>
        <translation>Eine Nachricht, die unter einem Nachrichtentyp oder Kontaktgrund gesendet wird, muss bei dessen Thema bleiben: Eine Bewertungsanfrage in einer Nachricht zu einem „unerwarteten Problem“ oder nicht kritischer Inhalt unter einem kritischen Typ ist ein Missbrauch des kritischen Kanals.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Messages to people who have neither bought from the seller nor contacted them (for example because they viewed a product) are not permitted.</source>
        <comment>no-order-relationship</comment>
        <extracomment>Rule no-order-relationship: why Amazon forbids it.</extracomment>
        <translation>Nachrichten an Personen, die beim Verkäufer weder gekauft noch ihn kontaktiert haben (zum Beispiel, weil sie sich ein Produkt angesehen haben), sind nicht zulässig.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Money, gift cards, free or discounted products, refunds, rebates, future benefits or draw entries in exchange for a review or feedback break Amazon&apos;s review policies, in messages and package inserts alike.</source>
        <comment>review-incentive</comment>
        <extracomment>Rule review-incentive: why Amazon forbids it.</extracomment>
        <translation>Geld, Geschenkgutscheine, kostenlose oder vergünstigte Produkte, Erstattungen, Rückvergütungen, künftige Vorteile oder Gewinnspielteilnahmen im Austausch für eine Rezension oder Verkäuferbewertung verstoßen gegen Amazons Richtlinien für Kundenrezensionen – in Nachrichten ebenso wie in Paketbeilagen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Asking for a positive or 5-star review, asking only satisfied buyers, making the ask conditional (&quot;if you love it…&quot;), or steering unhappy buyers to the seller before they review are review manipulation.</source>
        <comment>review-manipulation</comment>
        <extracomment>Rule review-manipulation: why Amazon forbids it.</extracomment>
        <translation>Um eine positive oder 5-Sterne-Rezension zu bitten, nur zufriedene Käufer zu fragen, die Bitte an eine Bedingung zu knüpfen („Wenn Ihnen der Artikel gefällt …“) oder unzufriedene Käufer vor der Bewertung erst zum Verkäufer zu lenken, ist Bewertungsmanipulation.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Asking the buyer to change, update or delete a product review is prohibited even after the problem has been fixed, with or without an incentive.</source>
        <comment>review-removal</comment>
        <extracomment>Rule review-removal: why Amazon forbids it.</extracomment>
        <translation>Den Käufer zu bitten, eine Produktrezension zu ändern, zu aktualisieren oder zu löschen, ist verboten – auch nachdem das Problem behoben ist, und mit oder ohne Gegenleistung.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>For seller feedback (not product reviews) a single neutral note, after the problem is fully solved, that the buyer may update or remove their feedback is allowed. Pressure or an incentive makes it review manipulation. The SP-API message type for this note was deleted in August 2025.</source>
        <comment>feedback-removal</comment>
        <extracomment>Rule feedback-removal: why Amazon forbids it.</extracomment>
        <translation>Bei Verkäuferbewertungen (nicht bei Produktrezensionen) ist ein einziger neutraler Hinweis erlaubt, dass der Käufer seine Bewertung aktualisieren oder entfernen kann – und zwar erst, wenn das Problem vollständig gelöst ist. Druck oder ein Anreiz machen daraus Bewertungsmanipulation. Der SP-API-Nachrichtentyp für diesen Hinweis wurde im August 2025 gestrichen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Amazon allows one review or feedback request per order, counting the Request a Review button, the Solicitations API and free-form messages together. Reminders are a second request.</source>
        <comment>repeated-review-request</comment>
        <extracomment>Rule repeated-review-request: why Amazon forbids it.</extracomment>
        <translation>Amazon erlaubt eine Bewertungsanfrage pro Bestellung; die Schaltfläche „Bewertung anfordern“, die Solicitations API und frei formulierte Nachrichten zählen dabei zusammen. Eine Erinnerung ist eine zweite Anfrage.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Amazon&apos;s Request a Review button and Solicitations API accept a request only from 5 days after delivery until 30 days after it; asking before the buyer has the item, or months later, is outside the window.</source>
        <comment>review-request-window</comment>
        <extracomment>Rule review-request-window: why Amazon forbids it.</extracomment>
        <translation>Amazons Schaltfläche „Bewertung anfordern“ und die Solicitations API nehmen eine Anfrage nur von 5 bis 30 Tage nach der Zustellung an; eine Bitte, bevor der Käufer den Artikel hat, oder Monate später liegt außerhalb dieses Zeitfensters.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>URLs, bare domains, shortened links and links behind images or buttons that lead away from Amazon are not allowed. The exception is an https link the buyer needs to complete this order: the page to upload a customization design, the carrier&apos;s page to book a delivery slot, the page to redeem a digital key or book a home-service appointment.</source>
        <comment>external-link</comment>
        <extracomment>Rule external-link: why Amazon forbids it.</extracomment>
        <translation>URLs, bloße Domainnamen, gekürzte Links sowie Links hinter Bildern oder Schaltflächen, die von Amazon wegführen, sind nicht erlaubt. Ausgenommen ist ein https-Link, den der Käufer für den Abschluss genau dieser Bestellung braucht: die Seite zum Hochladen einer Vorlage für die Personalisierung, die Seite des Versanddienstleisters zum Buchen eines Lieferzeitfensters, die Seite zum Einlösen eines digitalen Schlüssels oder zum Buchen eines Home-Services-Termins.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Any http:// link is blocked, even to an otherwise allowed destination: rewrite it to https.</source>
        <comment>insecure-link</comment>
        <extracomment>Rule insecure-link: why Amazon forbids it.</extracomment>
        <translation>Jeder http://-Link wird blockiert, auch wenn das Ziel an sich erlaubt ist: Ändern Sie ihn in https.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Links to Amazon are allowed, but a brand store, another product&apos;s page or a search result is used to sell. A link to the ordered item or its review page in the single review request is tolerated; the Request a Review button is safer.</source>
        <comment>storefront-link</comment>
        <extracomment>Rule storefront-link: why Amazon forbids it.</extracomment>
        <translation>Links zu Amazon sind erlaubt, aber ein Marken-Store, die Seite eines anderen Produkts oder ein Suchergebnis dient dem Verkauf. Ein Link zum bestellten Artikel oder zu dessen Rezensionsseite in der einen erlaubten Bewertungsanfrage wird toleriert; die Schaltfläche „Bewertung anfordern“ ist sicherer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unsubscribe links and instructions to stop seller messages are not allowed; Amazon controls opt-outs.</source>
        <comment>opt-out-link</comment>
        <extracomment>Rule opt-out-link: why Amazon forbids it.</extracomment>
        <translation>Links zum Abbestellen und Anleitungen, wie man Nachrichten von Verkäufern abstellt, sind nicht erlaubt; das Abbestellen steuert Amazon selbst.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Any e-mail address (seller, staff, third party), obfuscated forms such as &quot;name at example dot com&quot;, and mailto: links are forbidden; Amazon strips them.</source>
        <comment>email-address</comment>
        <extracomment>Rule email-address: why Amazon forbids it.</extracomment>
        <translation>Jede E-Mail-Adresse (des Verkäufers, von Mitarbeitern oder Dritten), verschleierte Schreibweisen wie „name (at) beispiel (punkt) de“ und mailto:-Links sind verboten; Amazon entfernt sie.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Telephone numbers of any kind (seller, staff, WhatsApp) and tel: links are forbidden. Numbers next to a carrier, manufacturer or warranty service are still reported, as a warning. To get the buyer&apos;s number for a delivery, ask them to confirm it (confirmDeliveryDetails).</source>
        <comment>phone-number</comment>
        <extracomment>Rule phone-number: why Amazon forbids it.</extracomment>
        <translation>Telefonnummern jeder Art (des Verkäufers, von Mitarbeitern, für WhatsApp) und tel:-Links sind verboten. Nummern im Zusammenhang mit einem Versanddienstleister, Hersteller oder Garantieservice werden trotzdem gemeldet, dann als Warnung. Brauchen Sie für eine Lieferung die Telefonnummer des Käufers, bitten Sie ihn, sie zu bestätigen (confirmDeliveryDetails).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Asking for the buyer&apos;s personal e-mail, phone, social accounts or other data the order does not need is risky. Confirming a contact phone or address for a delivery appointment is the confirmDeliveryDetails scope and fine.</source>
        <comment>personal-data-request</comment>
        <extracomment>Rule personal-data-request: why Amazon forbids it.</extracomment>
        <translation>Nach der privaten E-Mail-Adresse, Telefonnummer, Social-Media-Konten oder anderen Daten des Käufers zu fragen, die für die Bestellung nicht nötig sind, ist riskant. Eine Telefonnummer oder Adresse für einen Liefertermin bestätigen zu lassen, fällt unter confirmDeliveryDetails und ist in Ordnung.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Logos that link to a website, or visibly display a web address, are forbidden. A plain logo without a URL is fine.</source>
        <comment>logo-link</comment>
        <extracomment>Rule logo-link: why Amazon forbids it.</extracomment>
        <translation>Logos, die auf eine Website verlinken oder sichtbar eine Webadresse zeigen, sind verboten. Ein schlichtes Logo ohne URL ist in Ordnung.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pictures of the purchased product are not allowed (Amazon adds them). Photos the buyer asked for, customization proofs and damage photos in a return are fine.</source>
        <comment>product-image</comment>
        <extracomment>Rule product-image: why Amazon forbids it.</extracomment>
        <translation>Bilder des gekauften Produkts sind nicht erlaubt (Amazon fügt sie selbst hinzu). Fotos, um die der Käufer gebeten hat, Personalisierungsentwürfe und Fotos von Schäden bei einer Rücksendung sind in Ordnung.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Images unrelated to the brand or the business, such as memes, holiday stock photos or decorative banners, are not allowed.</source>
        <comment>unrelated-image</comment>
        <extracomment>Rule unrelated-image: why Amazon forbids it.</extracomment>
        <translation>Bilder ohne Bezug zur Marke oder zum Unternehmen, etwa Memes, Stockfotos zu Feiertagen oder dekorative Banner, sind nicht erlaubt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Images of 1×1 or 2×2 pixels, hidden images and open-tracking beacons of e-mail services track the buyer, which Amazon forbids.</source>
        <comment>tracking-pixel</comment>
        <extracomment>Rule tracking-pixel: why Amazon forbids it.</extracomment>
        <translation>Bilder mit 1×1 oder 2×2 Pixeln, versteckte Bilder und die Öffnungs-Tracker von E-Mail-Diensten verfolgen den Käufer, was Amazon verbietet.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Attachments other than product instructions, warranty information or invoices (catalogues, coupons, flyers, e-books, archives, programs, HTML files) are not allowed. Customization proofs, legally required documents and digital-key files have their own message types.</source>
        <comment>attachment-type</comment>
        <extracomment>Rule attachment-type: why Amazon forbids it.</extracomment>
        <translation>Anhänge, die keine Produktanleitungen, Garantieinformationen oder Rechnungen sind (Kataloge, Gutscheine, Flyer, E-Books, Archive, Programme, HTML-Dateien), sind nicht erlaubt. Für Personalisierungsentwürfe, gesetzlich vorgeschriebene Dokumente und Dateien mit digitalen Schlüsseln gibt es eigene Nachrichtentypen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Amazon accepts at most 10 MB of attachments per message: compress or split them.</source>
        <comment>attachment-size</comment>
        <extracomment>Rule attachment-size: why Amazon forbids it.</extracomment>
        <translation>Amazon akzeptiert pro Nachricht höchstens 10 MB an Anhängen: Komprimieren Sie die Dateien oder verteilen Sie sie auf mehrere Nachrichten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nudity, violence, adult or offensive language are not allowed. Product vocabulary the order needs is not offensive.</source>
        <comment>sensitive-content</comment>
        <extracomment>Rule sensitive-content: why Amazon forbids it.</extracomment>
        <translation>Nacktheit, Gewalt, nicht jugendfreie oder anstößige Sprache sind nicht erlaubt. Produktbegriffe, die die Bestellung erfordert, gelten nicht als anstößig.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Threats of legal action or reports, insults, blame or pressure about claims, returns or feedback break Amazon&apos;s expectation of courteous messages.</source>
        <comment>hostile-tone</comment>
        <extracomment>Rule hostile-tone: why Amazon forbids it.</extracomment>
        <translation>Drohungen mit rechtlichen Schritten oder einer Anzeige, Beleidigungen, Schuldzuweisungen oder Druck wegen Garantieanträgen, Rücksendungen oder Bewertungen widersprechen Amazons Erwartung an höfliche Nachrichten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Since November 2020 a proactive message must carry the order&apos;s 17-digit ID. An order-ID placeholder of a template ({order_id}, [Order ID], ${order.order_id}) counts. Through the SP-API or Seller Central Amazon attaches the order itself, so there it is only recommended (info).</source>
        <comment>missing-order-id</comment>
        <extracomment>Rule missing-order-id: why Amazon forbids it.</extracomment>
        <translation>Seit November 2020 muss eine proaktive Nachricht die 17-stellige Bestellnummer enthalten. Ein Platzhalter für die Bestellnummer in einer Vorlage ({order_id}, [Order ID], ${order.order_id}) zählt ebenfalls. Über die SP-API oder Seller Central ordnet Amazon die Bestellung selbst zu, deshalb ist die Nummer dort nur empfohlen (Hinweis).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>An order ID in the text that is not the order the message is attached to, or several IDs, suggests the message goes to the wrong buyer.</source>
        <comment>order-id-mismatch</comment>
        <extracomment>Rule order-id-mismatch: why Amazon forbids it.</extracomment>
        <translation>Eine Bestellnummer im Text, die nicht zu der Bestellung gehört, zu der die Nachricht gesendet wird, oder mehrere Bestellnummern deuten darauf hin, dass die Nachricht an den falschen Käufer geht.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Proactive messages may be sent only within 30 days of order completion (delivery, else the order date). More than 30 days after the order but within 30 days of delivery is a warning, since the sources disagree on which date counts. Replies to the buyer are not limited.</source>
        <comment>order-age</comment>
        <extracomment>Rule order-age: why Amazon forbids it.</extracomment>
        <translation>Proaktive Nachrichten dürfen nur innerhalb von 30 Tagen nach Abschluss der Bestellung gesendet werden (Zustellung, sonst Bestelldatum). Mehr als 30 Tage nach der Bestellung, aber innerhalb von 30 Tagen nach der Zustellung gibt es eine Warnung, weil die Quellen uneins sind, welches Datum zählt. Antworten an den Käufer sind nicht befristet.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Since November 2020 messages must be written in the buyer&apos;s language of preference (the SP-API&apos;s GetAttributes tells it). A bilingual message is a warning: it does not match the preference either.</source>
        <comment>language-mismatch</comment>
        <extracomment>Rule language-mismatch: why Amazon forbids it.</extracomment>
        <translation>Seit November 2020 müssen Nachrichten in der bevorzugten Sprache des Käufers verfasst sein (GetAttributes der SP-API nennt sie). Eine zweisprachige Nachricht ergibt eine Warnung: Auch sie entspricht nicht der bevorzugten Sprache.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Until 2025 a critical message sent from an own mail client could carry [Important] in the subject to reach buyers who had opted out; misuse on non-critical messages was a top reason for restrictions. Amazon has since removed the override: the tag is misuse on a non-critical message (error) and merely useless on a critical one (warning); delivery now depends on the contact reason or SP-API type. A translated tag ([Wichtig], [Importante], …) never had that effect: it is flagged as a warning.</source>
        <comment>important-tag-misuse</comment>
        <extracomment>Rule important-tag-misuse: why Amazon forbids it.</extracomment>
        <translation>Bis 2025 konnte eine kritische Nachricht, die aus einem eigenen E-Mail-Programm gesendet wurde, [Important] im Betreff tragen, um auch Käufer zu erreichen, die Nachrichten abbestellt hatten; der Missbrauch bei nicht kritischen Nachrichten war einer der häufigsten Gründe für Einschränkungen. Amazon hat diese Ausnahme inzwischen abgeschafft: Bei einer nicht kritischen Nachricht ist die Kennzeichnung Missbrauch (Fehler), bei einer kritischen nur wirkungslos (Warnung); die Zustellung hängt jetzt vom Kontaktgrund oder vom SP-API-Typ ab. Eine übersetzte Kennzeichnung ([Wichtig], [Importante] …) hatte diese Wirkung nie: Sie wird als Warnung gemeldet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Messages sent through the Messaging API are plain text within the type&apos;s limit (confirmCustomizationDetails 800, digitalAccessKey 400, the others 2,000 characters), with no HTML or e-mail addresses, links only on the type&apos;s topic, and 1 to 5 attachments on the types that take them; invoice, warranty and legalDisclosure take attachments only.</source>
        <comment>api-text-constraints</comment>
        <extracomment>Rule api-text-constraints: why Amazon forbids it.</extracomment>
        <translation>Nachrichten über die Messaging API sind reiner Text innerhalb des Limits ihres Typs (confirmCustomizationDetails 800, digitalAccessKey 400, die übrigen 2.000 Zeichen), ohne HTML oder E-Mail-Adressen, mit Links nur zum Thema des Typs und mit 1 bis 5 Anhängen bei den Typen, die Anhänge annehmen; invoice, warranty und legalDisclosure nehmen nur Anhänge an.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A non-critical proactive message to a buyer who opted out bounces; the attempt itself is not penalised.</source>
        <comment>opted-out-buyer</comment>
        <extracomment>Rule opted-out-buyer: why Amazon forbids it.</extracomment>
        <translation>Eine nicht kritische proaktive Nachricht an einen Käufer, der Nachrichten abbestellt hat, wird nicht zugestellt; der Versuch selbst wird nicht geahndet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Amazon caps proactive messages at about 5 × average daily orders + 600 per day and watches sudden bursts.</source>
        <comment>message-volume</comment>
        <extracomment>Rule message-volume: why Amazon forbids it.</extracomment>
        <translation>Amazon begrenzt proaktive Nachrichten auf etwa 5 × durchschnittliche Bestellungen pro Tag + 600 täglich und achtet auf plötzliche Häufungen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Messages from an e-mail client are rejected unless the sender address is registered for Buyer-Seller Messaging.</source>
        <comment>unauthorized-sender</comment>
        <extracomment>Rule unauthorized-sender: why Amazon forbids it.</extracomment>
        <translation>Nachrichten aus einem E-Mail-Programm werden abgelehnt, wenn die Absenderadresse nicht für Käufer-Verkäufer-Nachrichten registriert ist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Emoji, pictographs, flags and keycaps are forbidden in the subject and the body. ©, ® and ™ are ordinary symbols. Text emoticons such as :-) are not emoji but share their intent (warning).</source>
        <comment>emoji</comment>
        <extracomment>Rule emoji: why Amazon forbids it.</extracomment>
        <translation>Emojis, Piktogramme, Flaggen und Tastensymbole (Keycaps) sind in Betreff und Text verboten. ©, ® und ™ sind gewöhnliche Zeichen. Text-Emoticons wie :-) sind keine Emojis, verfolgen aber denselben Zweck (Warnung).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Amazon forbids GIFs; tools read this as animated GIFs. Convert the image to PNG or JPEG.</source>
        <comment>animated-gif</comment>
        <extracomment>Rule animated-gif: why Amazon forbids it.</extracomment>
        <translation>Amazon verbietet GIFs; Tools verstehen darunter animierte GIFs. Wandeln Sie das Bild in PNG oder JPEG um.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Images or CSS resources loaded over http:// are forbidden.</source>
        <comment>insecure-image</comment>
        <extracomment>Rule insecure-image: why Amazon forbids it.</extracomment>
        <translation>Bilder oder CSS-Ressourcen, die über http:// geladen werden, sind verboten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Images or graphics wider than 80 % of the maximum width (480 px of the assumed 600 px) are not allowed.</source>
        <comment>image-width</comment>
        <extracomment>Rule image-width: why Amazon forbids it.</extracomment>
        <translation>Bilder oder Grafiken, die breiter als 80 % der maximalen Breite sind (480 px der angenommenen 600 px), sind nicht erlaubt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Left or right margins or padding over 20 % of the maximum width (120 px of 600 px) are not allowed.</source>
        <comment>margin</comment>
        <extracomment>Rule margin: why Amazon forbids it.</extracomment>
        <translation>Linke oder rechte Ränder bzw. Innenabstände von mehr als 20 % der maximalen Breite (120 px von 600 px) sind nicht erlaubt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changing the font family (font-family, &lt;font face&gt;, style sheets, web fonts) is not allowed.</source>
        <comment>font-family</comment>
        <extracomment>Rule font-family: why Amazon forbids it.</extracomment>
        <translation>Die Schriftart zu ändern (font-family, &lt;font face&gt;, Stylesheets, Webfonts), ist nicht erlaubt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Changing the text colour (color:, &lt;font color&gt;) is not allowed.</source>
        <comment>font-color</comment>
        <extracomment>Rule font-color: why Amazon forbids it.</extracomment>
        <translation>Die Textfarbe zu ändern (color:, &lt;font color&gt;), ist nicht erlaubt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Text in more than three font sizes (headings included) is not allowed.</source>
        <comment>font-sizes</comment>
        <extracomment>Rule font-sizes: why Amazon forbids it.</extracomment>
        <translation>Text in mehr als drei Schriftgrößen (Überschriften mitgezählt) ist nicht erlaubt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Changing the line height is not allowed.</source>
        <comment>line-height</comment>
        <extracomment>Rule line-height: why Amazon forbids it.</extracomment>
        <translation>Den Zeilenabstand zu ändern, ist nicht erlaubt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Centred, justified or right-aligned text is not allowed (right is the default for right-to-left languages).</source>
        <comment>alignment</comment>
        <extracomment>Rule alignment: why Amazon forbids it.</extracomment>
        <translation>Zentrierter Text, Blocksatz oder rechtsbündiger Text ist nicht erlaubt (bei Sprachen, die von rechts nach links geschrieben werden, ist rechtsbündig der Standard).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>More than two consecutive line breaks (three newlines, or three &lt;br&gt; or empty paragraphs) are not allowed.</source>
        <comment>line-breaks</comment>
        <extracomment>Rule line-breaks: why Amazon forbids it.</extracomment>
        <translation>Mehr als zwei aufeinanderfolgende Zeilenumbrüche (drei Zeilenumbruchzeichen bzw. drei &lt;br&gt; oder leere Absätze) sind nicht erlaubt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Images without alt text, link text that does not say where it goes (&quot;click here&quot;), low-contrast text and text only inside images fail WCAG, which Amazon&apos;s styling rules point to.</source>
        <comment>accessibility</comment>
        <extracomment>Rule accessibility: why Amazon forbids it.</extracomment>
        <translation>Bilder ohne Alternativtext, Linktexte, die nicht sagen, wohin sie führen („hier klicken“), Text mit zu geringem Kontrast und Text, der nur in Bildern steht, verstoßen gegen die WCAG, auf die Amazons Gestaltungsregeln verweisen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Amazon&apos;s guidelines list spelling errors. Names, brands, SKUs, placeholders and quoted buyer text are not checked; British and American spellings are both correct. Languages without a pyspellchecker dictionary (Polish among them) are not checked, and the report says so.</source>
        <comment>spelling</comment>
        <extracomment>Rule spelling: why Amazon forbids it.</extracomment>
        <translation>Amazons Richtlinien nennen Rechtschreibfehler ausdrücklich. Namen, Marken, SKUs, Platzhalter und zitierter Text des Käufers werden nicht geprüft; britische und amerikanische Schreibweisen gelten beide als richtig. Sprachen ohne pyspellchecker-Wörterbuch (darunter Polnisch) werden nicht geprüft, und der Bericht weist darauf hin.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Amazon&apos;s guidelines list grammar errors. Composer catches common slips of non-native writers (&quot;we has&quot;, &quot;please to confirm&quot;).</source>
        <comment>grammar</comment>
        <extracomment>Rule grammar: why Amazon forbids it.</extracomment>
        <translation>Amazons Richtlinien nennen Grammatikfehler ausdrücklich. Composer erkennt typische Fehler von Nicht-Muttersprachlern („we has“, „please to confirm“).</translation>
    </message>
</context>
<context>
    <name>rule-fix</name>
    <message>
        <location line="-796"/>
        <source>Remove the sentence</source>
        <comment>cancellation-request</comment>
        <extracomment>Rule cancellation-request: the button that fixes it.</extracomment>
        <translation>Satz entfernen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove the sentence</source>
        <comment>promotion</comment>
        <extracomment>Rule promotion: the button that fixes it.</extracomment>
        <translation>Satz entfernen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove the sentence</source>
        <comment>off-amazon</comment>
        <extracomment>Rule off-amazon: the button that fixes it.</extracomment>
        <translation>Satz entfernen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove the sentence</source>
        <comment>extra-payment</comment>
        <extracomment>Rule extra-payment: the button that fixes it.</extracomment>
        <translation>Satz entfernen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Remove the sentence</source>
        <comment>review-incentive</comment>
        <extracomment>Rule review-incentive: the button that fixes it.</extracomment>
        <translation>Satz entfernen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove the sentence</source>
        <comment>review-manipulation</comment>
        <extracomment>Rule review-manipulation: the button that fixes it.</extracomment>
        <translation>Satz entfernen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove the sentence</source>
        <comment>review-removal</comment>
        <extracomment>Rule review-removal: the button that fixes it.</extracomment>
        <translation>Satz entfernen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Remove the sentence</source>
        <comment>repeated-review-request</comment>
        <extracomment>Rule repeated-review-request: the button that fixes it.</extracomment>
        <translation>Satz entfernen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Remove the link</source>
        <comment>external-link</comment>
        <extracomment>Rule external-link: the button that fixes it.</extracomment>
        <translation>Link entfernen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Use https</source>
        <comment>insecure-link</comment>
        <extracomment>Rule insecure-link: the button that fixes it.</extracomment>
        <translation>https verwenden</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Remove the sentence</source>
        <comment>opt-out-link</comment>
        <extracomment>Rule opt-out-link: the button that fixes it.</extracomment>
        <translation>Satz entfernen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove the address</source>
        <comment>email-address</comment>
        <extracomment>Rule email-address: the button that fixes it.</extracomment>
        <translation>Adresse entfernen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove the number</source>
        <comment>phone-number</comment>
        <extracomment>Rule phone-number: the button that fixes it.</extracomment>
        <translation>Nummer entfernen</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Remove the image</source>
        <comment>tracking-pixel</comment>
        <extracomment>Rule tracking-pixel: the button that fixes it.</extracomment>
        <translation>Bild entfernen</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Add the order ID</source>
        <comment>missing-order-id</comment>
        <extracomment>Rule missing-order-id: the button that fixes it.</extracomment>
        <translation>Bestellnummer einfügen</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Remove the tag</source>
        <comment>important-tag-misuse</comment>
        <extracomment>Rule important-tag-misuse: the button that fixes it.</extracomment>
        <translation>Kennzeichnung entfernen</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Remove the emoji</source>
        <comment>emoji</comment>
        <extracomment>Rule emoji: the button that fixes it.</extracomment>
        <translation>Emoji entfernen</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Remove the margin</source>
        <comment>margin</comment>
        <extracomment>Rule margin: the button that fixes it.</extracomment>
        <translation>Rand entfernen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove the font</source>
        <comment>font-family</comment>
        <extracomment>Rule font-family: the button that fixes it.</extracomment>
        <translation>Schriftart entfernen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove the colour</source>
        <comment>font-color</comment>
        <extracomment>Rule font-color: the button that fixes it.</extracomment>
        <translation>Farbe entfernen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Remove the line height</source>
        <comment>line-height</comment>
        <extracomment>Rule line-height: the button that fixes it.</extracomment>
        <translation>Zeilenabstand entfernen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove the alignment</source>
        <comment>alignment</comment>
        <extracomment>Rule alignment: the button that fixes it.</extracomment>
        <translation>Ausrichtung entfernen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keep two line breaks</source>
        <comment>line-breaks</comment>
        <extracomment>Rule line-breaks: the button that fixes it.</extracomment>
        <translation>Auf zwei Zeilenumbrüche kürzen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Correct the spelling</source>
        <comment>spelling</comment>
        <extracomment>Rule spelling: the button that fixes it.</extracomment>
        <translation>Schreibweise korrigieren</translation>
    </message>
</context>
<context>
    <name>rule-message</name>
    <message>
        <location line="-909"/>
        <source>Amazon already confirms orders; a message that only confirms one is not allowed: “{phrase}”.</source>
        <comment>order-confirmation</comment>
        <extracomment>Rule order-confirmation: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Amazon bestätigt Bestellungen bereits selbst; eine Nachricht, die nur eine Bestellung bestätigt, ist nicht zulässig: „{phrase}“.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Amazon already tells the buyer about dispatch and delivery: “{phrase}”.</source>
        <comment>shipping-confirmation</comment>
        <extracomment>Rule shipping-confirmation: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Amazon informiert den Käufer bereits selbst über Versand und Zustellung: „{phrase}“.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Amazon notifies the buyer of refunds and returns itself: “{phrase}”.</source>
        <comment>refund-confirmation</comment>
        <extracomment>Rule refund-confirmation: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Amazon benachrichtigt den Käufer selbst über Rückerstattungen und Rücksendungen: „{phrase}“.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A message may not consist only of thanks or an offer to help: “{phrase}”.</source>
        <comment>thank-you-only</comment>
        <extracomment>Rule thank-you-only: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Eine Nachricht darf nicht nur aus einem Dank oder einem Hilfsangebot bestehen: „{phrase}“.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unprompted tips, FAQs or check-ins are not on Amazon&apos;s list of permitted proactive messages: “{phrase}”.</source>
        <comment>proactive-service-content</comment>
        <extracomment>Rule proactive-service-content: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Unaufgeforderte Tipps, FAQs oder Zufriedenheitsnachfragen stehen nicht auf Amazons Liste zulässiger proaktiver Nachrichten: „{phrase}“.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Offer no substitute for an order you cannot fulfil; cancel it instead: “{phrase}”.</source>
        <comment>out-of-stock-substitute</comment>
        <extracomment>Rule out-of-stock-substitute: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Bieten Sie für eine Bestellung, die Sie nicht ausführen können, keinen Ersatz an, sondern stornieren Sie sie: „{phrase}“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Do not ask the buyer to cancel; cancel the order yourself: “{phrase}”.</source>
        <comment>cancellation-request</comment>
        <extracomment>Rule cancellation-request: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Bitten Sie den Käufer nicht, zu stornieren; stornieren Sie die Bestellung selbst: „{phrase}“.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No marketing of any kind in buyer messages: “{phrase}”.</source>
        <comment>promotion</comment>
        <extracomment>Rule promotion: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Keinerlei Werbung in Nachrichten an Käufer: „{phrase}“.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Do not steer the buyer or the payment away from Amazon: “{phrase}”.</source>
        <comment>off-amazon</comment>
        <extracomment>Rule off-amazon: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Lenken Sie weder den Käufer noch die Zahlung von Amazon weg: „{phrase}“.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Do not ask for additional money after the sale: “{phrase}”.</source>
        <comment>extra-payment</comment>
        <extracomment>Rule extra-payment: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Verlangen Sie nach dem Kauf kein zusätzliches Geld: „{phrase}“.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The {type} message type does not carry this content: “{text}”.</source>
        <comment>purpose-mismatch</comment>
        <extracomment>Rule purpose-mismatch: what it reports. Keep {type}, {text} unchanged.</extracomment>
        <translation>Der Nachrichtentyp {type} ist für diesen Inhalt nicht vorgesehen: „{text}“.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only buyers of an order of yours (or who contacted you) may be messaged: “{phrase}”.</source>
        <comment>no-order-relationship</comment>
        <extracomment>Rule no-order-relationship: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Nachrichten dürfen nur an Käufer Ihrer Bestellungen gehen (oder an Personen, die Sie kontaktiert haben): „{phrase}“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Offering anything of value for a review or feedback is prohibited: “{phrase}”.</source>
        <comment>review-incentive</comment>
        <extracomment>Rule review-incentive: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Für eine Rezension oder Verkäuferbewertung etwas von Wert anzubieten, ist verboten: „{phrase}“.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Review requests must be neutral and go to every buyer alike: “{phrase}”.</source>
        <comment>review-manipulation</comment>
        <extracomment>Rule review-manipulation: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Bewertungsanfragen müssen neutral sein und an alle Käufer gleichermaßen gehen: „{phrase}“.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Never ask a buyer to change or remove a product review: “{phrase}”.</source>
        <comment>review-removal</comment>
        <extracomment>Rule review-removal: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Bitten Sie einen Käufer nie, eine Produktrezension zu ändern oder zu entfernen: „{phrase}“.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only one neutral note that the buyer may update their seller feedback is tolerated; any pressure is prohibited: “{phrase}”.</source>
        <comment>feedback-removal</comment>
        <extracomment>Rule feedback-removal: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Geduldet wird nur ein einziger neutraler Hinweis, dass der Käufer seine Verkäuferbewertung aktualisieren kann; jeglicher Druck ist verboten: „{phrase}“.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only one review request per order is allowed; reminders are not: “{phrase}”.</source>
        <comment>repeated-review-request</comment>
        <extracomment>Rule repeated-review-request: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Pro Bestellung ist nur eine Bewertungsanfrage erlaubt, Erinnerungen sind es nicht: „{phrase}“.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Review requests belong between {first} and {last} (5 to 30 days after delivery): “{text}”.</source>
        <comment>review-request-window</comment>
        <extracomment>Rule review-request-window: what it reports. Keep {first}, {last}, {text} unchanged.</extracomment>
        <translation>Bewertungsanfragen gehören in den Zeitraum zwischen {first} und {last} (5 bis 30 Tage nach der Zustellung): „{text}“.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Links to sites other than Amazon are not allowed ({why}): “{text}”.</source>
        <comment>external-link</comment>
        <extracomment>Rule external-link: what it reports. Keep {why}, {text} unchanged.</extracomment>
        <translation>Links zu anderen Websites als Amazon sind nicht erlaubt ({why}): „{text}“.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Links must use https, not http: “{text}”.</source>
        <comment>insecure-link</comment>
        <extracomment>Rule insecure-link: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Links müssen https verwenden, nicht http: „{text}“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Links to your brand store, other products or search results read as promotion: “{text}”.</source>
        <comment>storefront-link</comment>
        <extracomment>Rule storefront-link: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Links zu Ihrem Marken-Store, zu anderen Produkten oder zu Suchergebnissen gelten als Werbung: „{text}“.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Do not offer an unsubscribe or opt-out; Amazon provides its own: “{text}”.</source>
        <comment>opt-out-link</comment>
        <extracomment>Rule opt-out-link: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Bieten Sie keine Möglichkeit zum Abbestellen oder Abmelden an; Amazon hat dafür eine eigene: „{text}“.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>E-mail addresses are not allowed; the buyer answers through Amazon: “{text}”.</source>
        <comment>email-address</comment>
        <extracomment>Rule email-address: what it reports. Keep {text} unchanged.</extracomment>
        <translation>E-Mail-Adressen sind nicht erlaubt; der Käufer antwortet über Amazon: „{text}“.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Phone numbers are not allowed in buyer messages: “{text}”.</source>
        <comment>phone-number</comment>
        <extracomment>Rule phone-number: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Telefonnummern sind in Nachrichten an Käufer nicht erlaubt: „{text}“.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Do not ask for the buyer&apos;s personal contact data: “{text}”.</source>
        <comment>personal-data-request</comment>
        <extracomment>Rule personal-data-request: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Fragen Sie nicht nach den persönlichen Kontaktdaten des Käufers: „{text}“.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A logo may not link to or display a website: “{text}”.</source>
        <comment>logo-link</comment>
        <extracomment>Rule logo-link: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Ein Logo darf weder auf eine Website verlinken noch eine Webadresse zeigen: „{text}“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Amazon adds the product&apos;s picture itself: “{text}”.</source>
        <comment>product-image</comment>
        <extracomment>Rule product-image: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Amazon fügt das Produktbild selbst hinzu: „{text}“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Images unrelated to your brand or the order (memes, stock photos) are not allowed: “{text}”.</source>
        <comment>unrelated-image</comment>
        <extracomment>Rule unrelated-image: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Bilder ohne Bezug zu Ihrer Marke oder zur Bestellung (Memes, Stockfotos) sind nicht erlaubt: „{text}“.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tracking pixels and hidden images are forbidden: “{text}”.</source>
        <comment>tracking-pixel</comment>
        <extracomment>Rule tracking-pixel: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Tracking-Pixel und versteckte Bilder sind verboten: „{text}“.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only product instructions, warranty information and invoices may be attached; {why}: “{text}”.</source>
        <comment>attachment-type</comment>
        <extracomment>Rule attachment-type: what it reports. Keep {why}, {text} unchanged.</extracomment>
        <translation>Anhängen dürfen Sie nur Produktanleitungen, Garantieinformationen und Rechnungen; {why}: „{text}“.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Attachments may not exceed {limit} in one message (these are {size}).</source>
        <comment>attachment-size</comment>
        <extracomment>Rule attachment-size: what it reports. Keep {limit}, {size} unchanged.</extracomment>
        <translation>Die Anhänge einer Nachricht dürfen zusammen höchstens {limit} groß sein (hier sind es {size}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Offensive or adult language is not allowed: “{text}”.</source>
        <comment>sensitive-content</comment>
        <extracomment>Rule sensitive-content: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Anstößige oder nicht jugendfreie Sprache ist nicht erlaubt: „{text}“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Threats, blame or pressure on the buyer read as hostile: “{text}”.</source>
        <comment>hostile-tone</comment>
        <extracomment>Rule hostile-tone: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Drohungen, Schuldzuweisungen oder Druck auf den Käufer wirken feindselig: „{text}“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Proactive messages must name the 17-digit Amazon order ID (e.g. 123-1234567-1234567).</source>
        <comment>missing-order-id</comment>
        <extracomment>Rule missing-order-id: what it reports.</extracomment>
        <translation>Proaktive Nachrichten müssen die 17-stellige Amazon-Bestellnummer nennen (z. B. 123-1234567-1234567).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The message belongs to order {expected} but names “{text}”.</source>
        <comment>order-id-mismatch</comment>
        <extracomment>Rule order-id-mismatch: what it reports. Keep {expected}, {text} unchanged.</extracomment>
        <translation>Die Nachricht gehört zur Bestellung {expected}, nennt aber „{text}“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Proactive messages are allowed only within 30 days of order completion; this order was completed {days} days ago.</source>
        <comment>order-age</comment>
        <extracomment>Rule order-age: what it reports. Keep {days} unchanged.</extracomment>
        <translation>Proaktive Nachrichten sind nur innerhalb von 30 Tagen nach Abschluss der Bestellung erlaubt; diese Bestellung wurde vor {days} Tagen abgeschlossen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The message is written in {written}; the buyer&apos;s language of preference is {wanted}.</source>
        <comment>language-mismatch</comment>
        <extracomment>Rule language-mismatch: what it reports. Keep {written}, {wanted} unchanged.</extracomment>
        <translation>Sprache der Nachricht: {written}; bevorzugte Sprache des Käufers: {wanted}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove {text} from the subject: {why}.</source>
        <comment>important-tag-misuse</comment>
        <extracomment>Rule important-tag-misuse: what it reports. Keep {text}, {why} unchanged.</extracomment>
        <translation>Entfernen Sie {text} aus dem Betreff: {why}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The SP-API rejects this: {problem}.</source>
        <comment>api-text-constraints</comment>
        <extracomment>Rule api-text-constraints: what it reports. Keep {problem} unchanged.</extracomment>
        <translation>Die SP-API lehnt dies ab: {problem}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This buyer opted out of non-critical messages; this one will bounce.</source>
        <comment>opted-out-buyer</comment>
        <extracomment>Rule opted-out-buyer: what it reports.</extracomment>
        <translation>Dieser Käufer hat nicht kritische Nachrichten abbestellt; diese Nachricht wird ihm nicht zugestellt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Today&apos;s messages exceed Amazon&apos;s daily cap of about 5 × average daily orders + 600.</source>
        <comment>message-volume</comment>
        <extracomment>Rule message-volume: what it reports.</extracomment>
        <translation>Die heutigen Nachrichten überschreiten Amazons Tageslimit von etwa 5 × durchschnittliche Bestellungen pro Tag + 600.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mail from an address not authorised in Seller Central is rejected.</source>
        <comment>unauthorized-sender</comment>
        <extracomment>Rule unauthorized-sender: what it reports.</extracomment>
        <translation>E-Mails von einer Adresse, die in Seller Central nicht autorisiert ist, werden abgelehnt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Emoji and pictographs are not allowed: “{text}”.</source>
        <comment>emoji</comment>
        <extracomment>Rule emoji: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Emojis und Piktogramme sind nicht erlaubt: „{text}“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Animated GIFs are forbidden; a GIF cannot be shown to be static without its frames: “{text}”.</source>
        <comment>animated-gif</comment>
        <extracomment>Rule animated-gif: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Animierte GIFs sind verboten; ohne seine Einzelbilder lässt sich nicht nachweisen, dass ein GIF unbewegt ist: „{text}“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Images and other resources must load over https: “{text}”.</source>
        <comment>insecure-image</comment>
        <extracomment>Rule insecure-image: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Bilder und andere Ressourcen müssen über https geladen werden: „{text}“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Images may be at most 80 % of the message width: “{text}”.</source>
        <comment>image-width</comment>
        <extracomment>Rule image-width: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Bilder dürfen höchstens 80 % der Nachrichtenbreite einnehmen: „{text}“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Margins may be at most 20 % of the message width: “{text}”.</source>
        <comment>margin</comment>
        <extracomment>Rule margin: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Ränder dürfen höchstens 20 % der Nachrichtenbreite betragen: „{text}“.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Do not override the default font: “{text}”.</source>
        <comment>font-family</comment>
        <extracomment>Rule font-family: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Ändern Sie die Standardschriftart nicht: „{text}“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Do not override the default text colour: “{text}”.</source>
        <comment>font-color</comment>
        <extracomment>Rule font-color: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Ändern Sie die Standardtextfarbe nicht: „{text}“.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The text uses {count} font sizes; at most three are allowed.</source>
        <comment>font-sizes</comment>
        <extracomment>Rule font-sizes: what it reports. Keep {count} unchanged.</extracomment>
        <translation>Der Text verwendet {count} Schriftgrößen; erlaubt sind höchstens drei.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Do not override the default line height: “{text}”.</source>
        <comment>line-height</comment>
        <extracomment>Rule line-height: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Ändern Sie den Standardzeilenabstand nicht: „{text}“.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Keep the default text alignment: “{text}”.</source>
        <comment>alignment</comment>
        <extracomment>Rule alignment: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Behalten Sie die Standardausrichtung des Textes bei: „{text}“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No more than two line breaks in a row ({count} here).</source>
        <comment>line-breaks</comment>
        <extracomment>Rule line-breaks: what it reports. Keep {count} unchanged.</extracomment>
        <translation>Nicht mehr als zwei Zeilenumbrüche hintereinander (hier {count}).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Accessibility problem: {problem}: “{text}”.</source>
        <comment>accessibility</comment>
        <extracomment>Rule accessibility: what it reports. Keep {problem}, {text} unchanged.</extracomment>
        <translation>Problem bei der Barrierefreiheit: {problem}: „{text}“.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Possible spelling mistake in {language}: “{text}”.</source>
        <comment>spelling</comment>
        <extracomment>Rule spelling: what it reports. Keep {language}, {text} unchanged.</extracomment>
        <translation>Möglicher Rechtschreibfehler ({language}): „{text}“.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Possible grammar mistake: “{text}”.</source>
        <comment>grammar</comment>
        <extracomment>Rule grammar: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Möglicher Grammatikfehler: „{text}“.</translation>
    </message>
</context>
<context>
    <name>rule-title</name>
    <message>
        <location line="-915"/>
        <source>Order confirmation</source>
        <comment>order-confirmation</comment>
        <extracomment>Rule order-confirmation (error): its title.</extracomment>
        <translation>Bestellbestätigung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Shipping or delivery confirmation</source>
        <comment>shipping-confirmation</comment>
        <extracomment>Rule shipping-confirmation (error): its title.</extracomment>
        <translation>Versand- oder Zustellbestätigung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Refund or return confirmation</source>
        <comment>refund-confirmation</comment>
        <extracomment>Rule refund-confirmation (warning): its title.</extracomment>
        <translation>Bestätigung von Rückerstattung oder Rücksendung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Thanks or help offer only</source>
        <comment>thank-you-only</comment>
        <extracomment>Rule thank-you-only (error): its title.</extracomment>
        <translation>Nur Dank oder Hilfsangebot</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unprompted tips, manuals or check-ins</source>
        <comment>proactive-service-content</comment>
        <extracomment>Rule proactive-service-content (warning): its title.</extracomment>
        <translation>Unaufgeforderte Tipps, Anleitungen oder Zufriedenheitsnachfragen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Substitute for an out-of-stock item</source>
        <comment>out-of-stock-substitute</comment>
        <extracomment>Rule out-of-stock-substitute (warning): its title.</extracomment>
        <translation>Ersatz für einen ausverkauften Artikel</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Asking the buyer to cancel</source>
        <comment>cancellation-request</comment>
        <extracomment>Rule cancellation-request (error): its title.</extracomment>
        <translation>Käufer zur Stornierung auffordern</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Marketing or promotion</source>
        <comment>promotion</comment>
        <extracomment>Rule promotion (error): its title.</extracomment>
        <translation>Marketing oder Werbung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Diverting the buyer off Amazon</source>
        <comment>off-amazon</comment>
        <extracomment>Rule off-amazon (error): its title.</extracomment>
        <translation>Käufer von Amazon weglenken</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Asking for payment after the sale</source>
        <comment>extra-payment</comment>
        <extracomment>Rule extra-payment (error): its title.</extracomment>
        <translation>Zahlungsforderung nach dem Kauf</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Content outside the chosen message type</source>
        <comment>purpose-mismatch</comment>
        <extracomment>Rule purpose-mismatch (error): its title.</extracomment>
        <translation>Inhalt außerhalb des gewählten Nachrichtentyps</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Message to someone who did not order</source>
        <comment>no-order-relationship</comment>
        <extracomment>Rule no-order-relationship (error): its title.</extracomment>
        <translation>Nachricht an Personen, die nicht bestellt haben</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Review incentive</source>
        <comment>review-incentive</comment>
        <extracomment>Rule review-incentive (error): its title.</extracomment>
        <translation>Anreiz für Bewertungen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Positive-only, conditional or steering review request</source>
        <comment>review-manipulation</comment>
        <extracomment>Rule review-manipulation (error): its title.</extracomment>
        <translation>Einseitig positive, bedingte oder lenkende Bewertungsanfrage</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Request to change or remove a review</source>
        <comment>review-removal</comment>
        <extracomment>Rule review-removal (error): its title.</extracomment>
        <translation>Aufforderung, eine Rezension zu ändern oder zu entfernen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Seller feedback removal</source>
        <comment>feedback-removal</comment>
        <extracomment>Rule feedback-removal (warning): its title.</extracomment>
        <translation>Entfernung einer Verkäuferbewertung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Second or reminder review request</source>
        <comment>repeated-review-request</comment>
        <extracomment>Rule repeated-review-request (error): its title.</extracomment>
        <translation>Zweite Bewertungsanfrage oder Erinnerung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Review request outside the window</source>
        <comment>review-request-window</comment>
        <extracomment>Rule review-request-window (warning): its title.</extracomment>
        <translation>Bewertungsanfrage außerhalb des Zeitfensters</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Link to another website</source>
        <comment>external-link</comment>
        <extracomment>Rule external-link (error): its title.</extracomment>
        <translation>Link zu einer anderen Website</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Insecure (http) link</source>
        <comment>insecure-link</comment>
        <extracomment>Rule insecure-link (error): its title.</extracomment>
        <translation>Unsicherer Link (http)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Amazon link used to sell</source>
        <comment>storefront-link</comment>
        <extracomment>Rule storefront-link (warning): its title.</extracomment>
        <translation>Amazon-Link zu Verkaufszwecken</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unsubscribe or opt-out link</source>
        <comment>opt-out-link</comment>
        <extracomment>Rule opt-out-link (error): its title.</extracomment>
        <translation>Link zum Abbestellen oder Abmelden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>E-mail address</source>
        <comment>email-address</comment>
        <extracomment>Rule email-address (error): its title.</extracomment>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Phone number</source>
        <comment>phone-number</comment>
        <extracomment>Rule phone-number (error): its title.</extracomment>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Asking for personal data</source>
        <comment>personal-data-request</comment>
        <extracomment>Rule personal-data-request (warning): its title.</extracomment>
        <translation>Abfrage persönlicher Daten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Logo that links to or shows a website</source>
        <comment>logo-link</comment>
        <extracomment>Rule logo-link (error): its title.</extracomment>
        <translation>Logo mit Link oder Webadresse</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Picture of the purchased product</source>
        <comment>product-image</comment>
        <extracomment>Rule product-image (error): its title.</extracomment>
        <translation>Bild des gekauften Produkts</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Image unrelated to the business</source>
        <comment>unrelated-image</comment>
        <extracomment>Rule unrelated-image (warning): its title.</extracomment>
        <translation>Bild ohne Bezug zum Unternehmen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tracking pixel</source>
        <comment>tracking-pixel</comment>
        <extracomment>Rule tracking-pixel (error): its title.</extracomment>
        <translation>Tracking-Pixel</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Attachment type</source>
        <comment>attachment-type</comment>
        <extracomment>Rule attachment-type (error): its title.</extracomment>
        <translation>Art des Anhangs</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Attachments over 10 MB</source>
        <comment>attachment-size</comment>
        <extracomment>Rule attachment-size (error): its title.</extracomment>
        <translation>Anhänge über 10 MB</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Offensive language</source>
        <comment>sensitive-content</comment>
        <extracomment>Rule sensitive-content (error): its title.</extracomment>
        <translation>Anstößige Sprache</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Hostile tone</source>
        <comment>hostile-tone</comment>
        <extracomment>Rule hostile-tone (warning): its title.</extracomment>
        <translation>Feindseliger Ton</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Missing order ID</source>
        <comment>missing-order-id</comment>
        <extracomment>Rule missing-order-id (error): its title.</extracomment>
        <translation>Fehlende Bestellnummer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Order ID of another order</source>
        <comment>order-id-mismatch</comment>
        <extracomment>Rule order-id-mismatch (warning): its title.</extracomment>
        <translation>Bestellnummer einer anderen Bestellung</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Past the 30-day window</source>
        <comment>order-age</comment>
        <extracomment>Rule order-age (error): its title.</extracomment>
        <translation>30-Tage-Frist überschritten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not in the buyer&apos;s language</source>
        <comment>language-mismatch</comment>
        <extracomment>Rule language-mismatch (error): its title.</extracomment>
        <translation>Nicht in der Sprache des Käufers</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>[Important] in the subject</source>
        <comment>important-tag-misuse</comment>
        <extracomment>Rule important-tag-misuse (error): its title.</extracomment>
        <translation>[Important] im Betreff</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>SP-API message limits</source>
        <comment>api-text-constraints</comment>
        <extracomment>Rule api-text-constraints (error): its title.</extracomment>
        <translation>Grenzen für SP-API-Nachrichten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Buyer has opted out</source>
        <comment>opted-out-buyer</comment>
        <extracomment>Rule opted-out-buyer (info): its title.</extracomment>
        <translation>Käufer hat Nachrichten abbestellt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Message volume</source>
        <comment>message-volume</comment>
        <extracomment>Rule message-volume (info): its title.</extracomment>
        <translation>Nachrichtenvolumen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sender not authorised</source>
        <comment>unauthorized-sender</comment>
        <extracomment>Rule unauthorized-sender (info): its title.</extracomment>
        <translation>Absender nicht autorisiert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Emoji</source>
        <comment>emoji</comment>
        <extracomment>Rule emoji (error): its title.</extracomment>
        <translation>Emoji</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>GIF image</source>
        <comment>animated-gif</comment>
        <extracomment>Rule animated-gif (error): its title.</extracomment>
        <translation>GIF-Bild</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Image loaded over http</source>
        <comment>insecure-image</comment>
        <extracomment>Rule insecure-image (error): its title.</extracomment>
        <translation>Bild über http geladen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Image too wide</source>
        <comment>image-width</comment>
        <extracomment>Rule image-width (warning): its title.</extracomment>
        <translation>Bild zu breit</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wide margins</source>
        <comment>margin</comment>
        <extracomment>Rule margin (warning): its title.</extracomment>
        <translation>Breite Ränder</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Font family</source>
        <comment>font-family</comment>
        <extracomment>Rule font-family (warning): its title.</extracomment>
        <translation>Schriftart</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Text colour</source>
        <comment>font-color</comment>
        <extracomment>Rule font-color (warning): its title.</extracomment>
        <translation>Textfarbe</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>More than three font sizes</source>
        <comment>font-sizes</comment>
        <extracomment>Rule font-sizes (warning): its title.</extracomment>
        <translation>Mehr als drei Schriftgrößen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Line height</source>
        <comment>line-height</comment>
        <extracomment>Rule line-height (warning): its title.</extracomment>
        <translation>Zeilenabstand</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Text alignment</source>
        <comment>alignment</comment>
        <extracomment>Rule alignment (warning): its title.</extracomment>
        <translation>Textausrichtung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>More than two line breaks</source>
        <comment>line-breaks</comment>
        <extracomment>Rule line-breaks (warning): its title.</extracomment>
        <translation>Mehr als zwei Zeilenumbrüche</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Accessibility</source>
        <comment>accessibility</comment>
        <extracomment>Rule accessibility (warning): its title.</extracomment>
        <translation>Barrierefreiheit</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Spelling</source>
        <comment>spelling</comment>
        <extracomment>Rule spelling (warning): its title.</extracomment>
        <translation>Rechtschreibung</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Grammar</source>
        <comment>grammar</comment>
        <extracomment>Rule grammar (warning): its title.</extracomment>
        <translation>Grammatik</translation>
    </message>
</context>
<context>
    <name>source</name>
    <message>
        <location line="+153"/>
        <source>Seed article 000: French article built around Amazon&apos;s bounce notice for opted-out buyers</source>
        <comment>000</comment>
        <extracomment>Policy source 000.</extracomment>
        <translation>Ausgangsartikel 000: französischer Artikel rund um Amazons Unzustellbarkeitsmeldung bei Käufern, die Nachrichten abbestellt haben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seed article 001: French article on the guideline change of 8 Sep 2020 (enforced from 3 Nov 2020): necessary vs. proactive permitted messages, 30-day window, 17-digit order ID, list of banned content, styling bans, enforcement ladder.</source>
        <comment>001</comment>
        <extracomment>Policy source 001.</extracomment>
        <translation>Ausgangsartikel 001: französischer Artikel zur Richtlinienänderung vom 8. Sep. 2020 (durchgesetzt ab 3. Nov. 2020): notwendige vs. zulässige proaktive Nachrichten, 30-Tage-Frist, 17-stellige Bestellnummer, Liste verbotener Inhalte, Gestaltungsverbote, Stufen der Sanktionen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seed article 002: Portuguese seller guide: anonymised aliases, attachments under 10 MB, critical messages and `[Important]`, over-messaging.</source>
        <comment>002</comment>
        <extracomment>Policy source 002.</extracomment>
        <translation>Ausgangsartikel 002: portugiesischer Leitfaden für Verkäufer: anonymisierte Alias-Adressen, Anhänge unter 10 MB, kritische Nachrichten und `[Important]`, zu viele Nachrichten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seed article 003: Polish article on the same 2020 update</source>
        <comment>003</comment>
        <extracomment>Policy source 003.</extracomment>
        <translation>Ausgangsartikel 003: polnischer Artikel zur selben Änderung von 2020</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed article 004: French multichannel article: no promotion, diversion, discount codes or off-Amazon links in Amazon messages (its &apos;package insert bridge&apos; tactic is outside messaging and itself risky).</source>
        <comment>004</comment>
        <extracomment>Policy source 004.</extracomment>
        <translation>Ausgangsartikel 004: französischer Multichannel-Artikel: keine Werbung, kein Abwerben, keine Rabattcodes und keine Links außerhalb von Amazon in Amazon-Nachrichten (seine Taktik der „Paketbeilage als Brücke“ liegt außerhalb der Nachrichten und ist selbst riskant).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amazon UK Seller Forums staff post &apos;Communication Guidelines – Permitted messages&apos;</source>
        <comment>A1</comment>
        <extracomment>Policy source A1.</extracomment>
        <translation>Beitrag von Amazon-Mitarbeitern in den Amazon UK Seller Forums „Communication Guidelines – Permitted messages“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amazon UK Seller Forums staff post &apos;Mastering Buyer Communication: Critical vs. Non-Critical Messages&apos;</source>
        <comment>A2</comment>
        <extracomment>Policy source A2.</extracomment>
        <translation>Beitrag von Amazon-Mitarbeitern in den Amazon UK Seller Forums „Mastering Buyer Communication: Critical vs. Non-Critical Messages“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon forum news &apos;Change to Buyer-Seller Messaging options&apos; ([Important] override removed)</source>
        <comment>A3</comment>
        <extracomment>Policy source A3.</extracomment>
        <translation>Amazon-Forumsmeldung „Change to Buyer-Seller Messaging options“ (Ausnahme per [Important] abgeschafft)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seller Central help &apos;Buyer-Seller Messaging frequently asked questions&apos; (older version with the `[Important]` instructions)</source>
        <comment>A4</comment>
        <extracomment>Policy source A4.</extracomment>
        <translation>Seller-Central-Hilfe „Buyer-Seller Messaging frequently asked questions“ (ältere Fassung mit den Anweisungen zu `[Important]`)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seller Central help &apos;Buyer-Seller Messages FAQ&apos; (current)</source>
        <comment>A5</comment>
        <extracomment>Policy source A5.</extracomment>
        <translation>Seller-Central-Hilfe „Buyer-Seller Messages FAQ“ (aktuell)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seller Central help &apos;Buyer-Seller Messaging&apos; (attachments up to 10 MB, critical subject)</source>
        <comment>A6</comment>
        <extracomment>Policy source A6.</extracomment>
        <translation>Seller-Central-Hilfe „Buyer-Seller Messaging“ (Anhänge bis 10 MB, kritischer Betreff)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seller Central help &apos;Prohibited seller activities and actions&apos;</source>
        <comment>A7</comment>
        <extracomment>Policy source A7.</extracomment>
        <translation>Seller-Central-Hilfe „Prohibited seller activities and actions“ (verbotene Verkäuferaktivitäten)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seller Central help &apos;Customer product reviews policies&apos;</source>
        <comment>A8</comment>
        <extracomment>Policy source A8.</extracomment>
        <translation>Seller-Central-Hilfe „Customer product reviews policies“ (Richtlinien für Kundenrezensionen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seller Central help &apos;Answers to questions about product reviews&apos;</source>
        <comment>A9</comment>
        <extracomment>Policy source A9.</extracomment>
        <translation>Seller-Central-Hilfe „Answers to questions about product reviews“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seller Central help on handling negative seller feedback (neutral removal notice allowed, pressure not)</source>
        <comment>A10</comment>
        <extracomment>Policy source A10.</extracomment>
        <translation>Seller-Central-Hilfe zum Umgang mit negativen Verkäuferbewertungen (neutraler Hinweis auf die Entfernung erlaubt, Druck nicht)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seller Central help &apos;Communication Guidelines&apos;, older version (IT, G1701; review rules also cover package inserts)</source>
        <comment>A11</comment>
        <extracomment>Policy source A11.</extracomment>
        <translation>Seller-Central-Hilfe „Communication Guidelines“, ältere Fassung (IT, G1701; die Bewertungsregeln gelten auch für Paketbeilagen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon developer forum &apos;Updated Communications Guidelines for Buyer-Seller Messaging&apos; (language of preference required from 3 Nov 2020)</source>
        <comment>A12</comment>
        <extracomment>Policy source A12.</extracomment>
        <translation>Amazon-Entwicklerforum „Updated Communications Guidelines for Buyer-Seller Messaging“ (bevorzugte Sprache ab 3. Nov. 2020 Pflicht)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon EU Seller Forums post on customer reviews and the &apos;Request a review&apos; feature</source>
        <comment>A13</comment>
        <extracomment>Policy source A13.</extracomment>
        <translation>Beitrag in den Amazon EU Seller Forums zu Kundenrezensionen und zur Funktion „Request a review“ („Bewertung anfordern“)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seller Central help &apos;Messaging Permissions&apos; (unauthorised sender addresses are rejected)</source>
        <comment>A14</comment>
        <extracomment>Policy source A14.</extracomment>
        <translation>Seller-Central-Hilfe „Messaging Permissions“ (nicht autorisierte Absenderadressen werden abgelehnt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seller Central help &apos;Communication guidelines&apos; (G1801), the canonical page, reconstructed from A1, 001, 003, T1 and T3</source>
        <comment>A15</comment>
        <extracomment>Policy source A15.</extracomment>
        <translation>Seller-Central-Hilfe „Communication guidelines“ (G1801), die maßgebliche Seite, rekonstruiert aus A1, 001, 003, T1 und T3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seller Central help &apos;Manage Your Customer Engagement campaign requirements&apos; (the sanctioned marketing channel, not messaging)</source>
        <comment>A16</comment>
        <extracomment>Policy source A16.</extracomment>
        <translation>Seller-Central-Hilfe „Manage Your Customer Engagement campaign requirements“ (der vorgesehene Marketingkanal, nicht Käufer-Verkäufer-Nachrichten)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon SP-API Messaging model (models/messaging-api-model/messaging.json): message types, critical labels, text limits, no HTML or e-mail addresses, topic-limited links</source>
        <comment>D1</comment>
        <extracomment>Policy source D1.</extracomment>
        <translation>Amazon-SP-API-Modell Messaging (models/messaging-api-model/messaging.json): Nachrichtentypen, Kennzeichnung als kritisch, Textlimits, kein HTML und keine E-Mail-Adressen, Links nur zum Thema</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon SP-API Solicitations model (models/solicitations-api-model/solicitations.json): one review and feedback solicitation per order, non-critical</source>
        <comment>D2</comment>
        <extracomment>Policy source D2.</extracomment>
        <translation>Amazon-SP-API-Modell Solicitations (models/solicitations-api-model/solicitations.json): eine Anfrage nach Rezension und Verkäuferbewertung pro Bestellung, nicht kritisch</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Messaging API guide and &apos;Send a message&apos; tutorial</source>
        <comment>D3</comment>
        <extracomment>Policy source D3.</extracomment>
        <translation>Leitfaden zur Messaging API und Tutorial „Send a message“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solicitations API tutorials (window 5 days after EarliestDeliveryDate to 30 days after LatestDeliveryDate; no positive-only asks, no edits to reviews, no rewards)</source>
        <comment>D4</comment>
        <extracomment>Policy source D4.</extracomment>
        <translation>Tutorials zur Solicitations API (Zeitfenster von 5 Tagen nach EarliestDeliveryDate bis 30 Tage nach LatestDeliveryDate; keine Bitten nur um positive Bewertungen, keine Änderungen an Rezensionen, keine Belohnungen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Jungle Scout, Sep 2020 update summary</source>
        <comment>T1</comment>
        <extracomment>Policy source T1.</extracomment>
        <translation>Jungle Scout, Zusammenfassung der Änderung vom Sep. 2020</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EcommerceBytes, 8 Sep 2020, the eleven styling rules and seller reactions</source>
        <comment>T2</comment>
        <extracomment>Policy source T2.</extracomment>
        <translation>EcommerceBytes, 8. Sep. 2020: die elf Gestaltungsregeln und Reaktionen von Verkäufern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FeedbackWhiz help</source>
        <comment>T3</comment>
        <extracomment>Policy source T3.</extracomment>
        <translation>FeedbackWhiz-Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>eComEngine help, why proactive messages get blocked/restricted</source>
        <comment>T4</comment>
        <extracomment>Policy source T4.</extracomment>
        <translation>eComEngine-Hilfe: warum proaktive Nachrichten blockiert oder eingeschränkt werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>eDesk support, avoiding messaging suspension (daily cap, storefront links, logos, e-mail stripping)</source>
        <comment>T5</comment>
        <extracomment>Policy source T5.</extracomment>
        <translation>eDesk-Support: wie man eine Sperre der Nachrichtenfunktion vermeidet (Tageslimit, Store-Links, Logos, Entfernen von E-Mail-Adressen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>3Dsellers, Nov 2020 compliance checklist</source>
        <comment>T6</comment>
        <extracomment>Policy source T6.</extracomment>
        <translation>3Dsellers, Compliance-Checkliste vom Nov. 2020</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reproduction of Amazon&apos;s Nov 2019 &apos;clarification to communication guidelines&apos; (includes `[Important]` misuse and &apos;content that differs from the contact reason&apos;)</source>
        <comment>T7</comment>
        <extracomment>Policy source T7.</extracomment>
        <translation>Wiedergabe von Amazons „Klarstellung zu den Kommunikationsrichtlinien“ vom Nov. 2019 (mit dem Missbrauch von `[Important]` und „Inhalten, die vom Kontaktgrund abweichen“)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ReplyManager on opt-out (claims buyers cannot opt out of Handmade/custom-order messages)</source>
        <comment>T8</comment>
        <extracomment>Policy source T8.</extracomment>
        <translation>ReplyManager zum Abbestellen (behauptet, Käufer könnten Nachrichten zu Handmade- und Sonderanfertigungen nicht abbestellen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FeedbackFive, 2017 opt-out history</source>
        <comment>T9</comment>
        <extracomment>Policy source T9.</extracomment>
        <translation>FeedbackFive, Geschichte der Abbestellmöglichkeit seit 2017</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coverage of the 2025 `[Important]` change</source>
        <comment>T10</comment>
        <extracomment>Policy source T10.</extracomment>
        <translation>Berichte über die Änderung an `[Important]` im Jahr 2025</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seller reports of keyword-triggered enforcement (late 2025)</source>
        <comment>T11</comment>
        <extracomment>Policy source T11.</extracomment>
        <translation>Berichte von Verkäufern über stichwortbasierte Durchsetzung (Ende 2025)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FeedbackExpress guidance (no storefront links; review-page link tolerated)</source>
        <comment>T12</comment>
        <extracomment>Policy source T12.</extracomment>
        <translation>FeedbackExpress-Leitfaden (keine Store-Links; Link zur Rezensionsseite toleriert)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sonemos, Nov 2020 (plain logos fine; manuals/warranty mails fine)</source>
        <comment>T13</comment>
        <extracomment>Policy source T13.</extracomment>
        <translation>Sonemos, Nov. 2020 (schlichte Logos in Ordnung; E-Mails mit Anleitungen oder Garantie in Ordnung)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chinese summary of an earlier guideline wording (phone numbers tied to warranty/carrier/manufacturer, attachments needed to resolve an issue, descriptive link text)</source>
        <comment>T14</comment>
        <extracomment>Policy source T14.</extracomment>
        <translation>Chinesische Zusammenfassung einer früheren Fassung der Richtlinien (Telefonnummern im Zusammenhang mit Garantie, Versanddienstleister oder Hersteller, zur Problemlösung nötige Anhänge, aussagekräftige Linktexte)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>StarQuester glossary (Request a Review: one per order, 5–30 days after delivery)</source>
        <comment>T15</comment>
        <extracomment>Policy source T15.</extracomment>
        <translation>StarQuester-Glossar („Bewertung anfordern“: eine pro Bestellung, 5–30 Tage nach der Zustellung)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trendle docs (claims on per-order and 6-month limits, unverified)</source>
        <comment>T16</comment>
        <extracomment>Policy source T16.</extracomment>
        <translation>Trendle-Dokumentation (Angaben zu Limits pro Bestellung und über 6 Monate, nicht überprüft)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ChannelX, Sep 2020 (guidelines became a programme policy; spelling rules bite in non-English marketplaces)</source>
        <comment>T17</comment>
        <extracomment>Policy source T17.</extracomment>
        <translation>ChannelX, Sep. 2020 (die Richtlinien wurden zur Programmrichtlinie; Rechtschreibregeln greifen gerade auf nicht englischsprachigen Marktplätzen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AMZ Alliance quoting the older &apos;Prohibited seller activities&apos; wording (courteous, relevant, appropriate)</source>
        <comment>T18</comment>
        <extracomment>Policy source T18.</extracomment>
        <translation>AMZ Alliance mit einem Zitat der älteren Fassung von „Prohibited seller activities“ (höflich, relevant, angemessen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Feedvisor, updated 2026 (claims an AI filter scans outgoing messages, unverified)</source>
        <comment>T19</comment>
        <extracomment>Policy source T19.</extracomment>
        <translation>Feedvisor, aktualisiert 2026 (behauptet, ein KI-Filter prüfe ausgehende Nachrichten; nicht überprüft)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reproduction of the Communication Guidelines &apos;order status messages&apos; section (Problem with Order, returns, do not ask buyers to cancel)</source>
        <comment>T20</comment>
        <extracomment>Policy source T20.</extracomment>
        <translation>Wiedergabe des Abschnitts „order status messages“ der Kommunikationsrichtlinien („Problem with Order“, Rücksendungen, Käufer nicht um Stornierung bitten)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Jungle Scout explainer of Prohibited Seller Activities (no price increases after the sale)</source>
        <comment>T21</comment>
        <extracomment>Policy source T21.</extracomment>
        <translation>Jungle-Scout-Erklärung zu den verbotenen Verkäuferaktivitäten (keine Preiserhöhungen nach dem Kauf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seller Labs on messaging suspensions (asking for personal information, complaint rate)</source>
        <comment>T22</comment>
        <extracomment>Policy source T22.</extracomment>
        <translation>Seller Labs zu Sperren der Nachrichtenfunktion (Abfrage persönlicher Daten, Beschwerdequote)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>eCommerce Nurse, Oct 2020 (&apos;within 30 days of order completion&apos; wording, enforcement date 6 Nov 2020)</source>
        <comment>T23</comment>
        <extracomment>Policy source T23.</extracomment>
        <translation>eCommerce Nurse, Okt. 2020 (Formulierung „within 30 days of order completion“, Durchsetzung ab 6. Nov. 2020)</translation>
    </message>
</context>
</TS>
