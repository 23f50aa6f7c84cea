<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AccountCheck</name>
    <message>
        <location filename="../composer/services/account_check.py" line="+69"/>
        <source>nothing to test: the account has neither LWA credentials nor an SMTP server</source>
        <translation>niets te testen: het account heeft geen LWA-toegangsgegevens en geen SMTP-server</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not set up (no LWA credentials)</source>
        <translation>niet ingesteld (geen LWA-toegangsgegevens)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not tried: a secret is missing</source>
        <translation>niet geprobeerd: er ontbreekt een geheim</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not set up (no SMTP server)</source>
        <translation>niet ingesteld (geen SMTP-server)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not tried: the SMTP password is missing</source>
        <translation>niet geprobeerd: het SMTP-wachtwoord ontbreekt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no sender address: e-mail cannot be sent without one</source>
        <translation>geen afzenderadres: zonder afzenderadres kan er geen e-mail worden verzonden</translation>
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
        <translation>{keyring} bevat geen {secrets} voor dit account</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{keyring} holds {secrets}</source>
        <translation>{keyring} bevat {secrets}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{address} gave an access token</source>
        <translation>toegangstoken ontvangen van {address}</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../composer/ui/accounts_dialog.py" line="+186"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Marketplace:</source>
        <translation>&amp;Marketplace:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region:</source>
        <translation>Regio:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>LWA client &amp;ID:</source>
        <translation>LWA-client-&amp;ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWA client &amp;secret:</source>
        <translation>LWA-client&amp;geheim:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh token:</source>
        <translation>&amp;Refreshtoken:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SMTP ser&amp;ver:</source>
        <translation>SMTP-&amp;server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sec&amp;urity:</source>
        <translation>&amp;Beveiliging:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>Gebr&amp;uikersnaam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorised se&amp;nder:</source>
        <translation>Geautoriseerde &amp;afzender:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SP-API &amp;endpoint:</source>
        <translation>SP-API-&amp;eindpunt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;LWA endpoint:</source>
        <translation>&amp;LWA-eindpunt:</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+1"/>
        <source>Add a seller account</source>
        <translation>Verkopersaccount toevoegen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Account name</source>
        <translation>Accountnaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyring problem</source>
        <translation>Probleem met de sleutelbos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWA client ID</source>
        <translation>LWA-client-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWA client secret</source>
        <translation>LWA-clientgeheim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh token</source>
        <translation>Refreshtoken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP server</source>
        <translation>SMTP-server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP port</source>
        <translation>SMTP-poort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP security</source>
        <translation>SMTP-beveiliging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP user</source>
        <translation>SMTP-gebruikersnaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP password</source>
        <translation>SMTP-wachtwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorised sender</source>
        <translation>Geautoriseerde afzender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoints for testing</source>
        <translation>Eindpunten om te testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SP-API endpoint</source>
        <translation>SP-API-eindpunt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWA endpoint</source>
        <translation>LWA-eindpunt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form problem</source>
        <translation>Probleem in het formulier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add account</source>
        <translation>Account toevoegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Shop DE</source>
        <translation>bijv. Winkel DE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>service@your-shop.com</source>
        <translation>service@jouw-winkel.nl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use Amazon&apos;s SP-API sandbox (test calls; nothing reaches a buyer)</source>
        <translation>De SP-API-sandbox van Amazon gebruiken (testaanroepen; er bereikt niets een koper)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selling Partner API (Login with Amazon credentials of your app)</source>
        <translation>Selling Partner API (Login with Amazon-toegangsgegevens van je app)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail to the buyer&apos;s Amazon address</source>
        <translation>E-mail naar het Amazon-adres van de koper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usual port</source>
        <translation>standaardpoort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An address authorised for Buyer-Seller Messaging in Seller Central: Amazon&apos;s relay drops mail from any other</source>
        <translation>Een adres dat in Seller Central is geautoriseerd voor Berichten koper-verkoper: Amazon stuurt mail van andere adressen niet door</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endpoints for testing (instead of Amazon&apos;s hosts)</source>
        <translation>Eindpunten om te testen (in plaats van de servers van Amazon)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://… (http only to 127.0.0.1)</source>
        <translation>https://… (http alleen naar 127.0.0.1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{problem}
The account can still be added without secrets.</source>
        <translation>{problem}
Je kunt het account wel zonder geheimen toevoegen.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account was not added: {error}</source>
        <translation>Het account is niet toegevoegd: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SP-API needs all three credentials, or none; missing: {secrets}.</source>
        <translation>De SP-API heeft alle drie de toegangsgegevens nodig, of geen; ontbreekt: {secrets}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An SMTP password was given without an SMTP user.</source>
        <translation>Er is een SMTP-wachtwoord opgegeven zonder SMTP-gebruikersnaam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An authorised sender needs the SMTP server to send from.</source>
        <translation>Een geautoriseerde afzender heeft een SMTP-server nodig om via te verzenden.</translation>
    </message>
</context>
<context>
    <name>AccountWords</name>
    <message>
        <location filename="../composer/services/accounts.py" line="+165"/>
        <source>The {what} {url} is not a URL: {reason}</source>
        <extracomment>{what} is &quot;SP-API endpoint&quot; or &quot;LWA endpoint&quot;, {url} the address as typed.</extracomment>
        <translation>Het {what} {url} is geen URL: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The {what} {url} is not an https:// URL with a host name</source>
        <translation>Het {what} {url} is geen https://-URL met een hostnaam</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The {what} {url} uses plain http to another machine; use https (plain http is allowed only to this machine: 127.0.0.1, ::1, localhost)</source>
        <translation>Het {what} {url} gebruikt gewone http naar een andere computer; gebruik https (gewone http is alleen toegestaan naar deze computer: 127.0.0.1, ::1, localhost)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The {what} must not hold a user name or password; secrets go in the keyring</source>
        <translation>Het {what} mag geen gebruikersnaam of wachtwoord bevatten; geheimen horen in de sleutelbos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The {what} {url} must not have a query or fragment</source>
        <translation>Het {what} {url} mag geen query of fragment bevatten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The {what} {address} is not an e-mail address</source>
        <extracomment>{what} names the address (&quot;sender&quot;), {address} is the address as typed.</extracomment>
        <translation>De {what} {address} is geen e-mailadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sender</source>
        <translation>afzender</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The account name {name} is not usable: 1 to 64 letters, digits, spaces and . _ - @ +, not starting or ending with a space</source>
        <translation>De accountnaam {name} is niet bruikbaar: 1 tot 64 letters, cijfers, spaties en . _ - @ +, zonder spatie aan het begin of eind</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown region {region}; use NA, EU or FE</source>
        <translation>Onbekende regio {region}; gebruik NA, EU of FE</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Marketplace {code} ({country}) is served by the {region} region, not {account_region}</source>
        <translation>Marketplace {code} ({country}) valt onder de regio {region}, niet onder {account_region}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SP-API endpoint</source>
        <translation>SP-API-eindpunt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LWA endpoint</source>
        <translation>LWA-eindpunt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown SMTP security {security}; use starttls, ssl or plain</source>
        <translation>Onbekende SMTP-beveiliging {security}; gebruik starttls, ssl of plain</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown secret name {key}</source>
        <translation>Onbekende naam voor een geheim: {key}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The SMTP host {host} is not a host name</source>
        <translation>De SMTP-host {host} is geen hostnaam</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SMTP settings need the SMTP host</source>
        <translation>Voor de SMTP-instellingen is een SMTP-host nodig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The SMTP port {port} is not between 1 and 65535</source>
        <translation>De SMTP-poort {port} ligt niet tussen 1 en 65535</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Plain SMTP (no encryption) to {host} would send the password and the buyer&apos;s message in clear; use starttls or ssl (plain is allowed only to this machine)</source>
        <translation>Plain SMTP (zonder versleuteling) naar {host} zou het wachtwoord en het bericht van de koper onversleuteld verzenden; gebruik starttls of ssl (plain is alleen toegestaan naar deze computer)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The SMTP user name is empty or has a line break</source>
        <translation>De SMTP-gebruikersnaam is leeg of bevat een regeleinde</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Create a new client secret for the app in Amazon&apos;s Developer Console (Amazon e-mails a notice 90 days ahead) and save it with: {command}</source>
        <extracomment>{command} is the command to type, as it is.</extracomment>
        <translation>Maak in de Developer Console van Amazon een nieuw clientgeheim voor de app aan (Amazon stuurt 90 dagen van tevoren een e-mail) en sla het op met: {command}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 day ago</source>
        <translation>1 dag geleden</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n dag geleden</numerusform>
            <numerusform>%n dagen geleden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The LWA client secret of account {name} is overdue for rotation: it was saved on {saved}, and Amazon requires a new one every 180 days (due {deadline}, {ago}); SP-API calls fail with an expired secret. {how}</source>
        <extracomment>{ago} is &quot;3 days ago&quot;; {how} says how to rotate the secret.</extracomment>
        <translation>Het LWA-clientgeheim van account {name} had al vervangen moeten zijn: het is opgeslagen op {saved} en Amazon vereist elke 180 dagen een nieuw geheim (uiterlijk {deadline}, {ago}); met een verlopen geheim mislukken SP-API-aanroepen. {how}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in 1 day</source>
        <translation>over 1 dag</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n days</source>
        <translation>
            <numerusform>over %n dag</numerusform>
            <numerusform>over %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The LWA client secret of account {name} must be rotated by {deadline} ({when}): Amazon requires a new one every 180 days and SP-API calls fail after that day. {how}</source>
        <extracomment>{when} is &quot;today&quot; or &quot;in 3 days&quot;; {how} says how to rotate the secret.</extracomment>
        <translation>Het LWA-clientgeheim van account {name} moet uiterlijk {deadline} worden vervangen ({when}): Amazon vereist elke 180 dagen een nieuw geheim en na die dag mislukken SP-API-aanroepen. {how}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The keyring holds no {secret} for account {name}; save it with: {command}</source>
        <translation>De sleutelbos bevat geen {secret} voor account {name}; sla het op met: {command}</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+48"/>
        <source>The {secret} is empty</source>
        <translation>Het {secret} is leeg</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>An account named {name} exists already</source>
        <translation>Er bestaat al een account met de naam {name}</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Cannot set aside {path}: {reason}</source>
        <translation>Kan {path} niet opzijzetten: {reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Another Composer (the window or a command line) is changing the accounts right now; nothing was changed. Try again in a moment.</source>
        <translation>Een andere Composer (het venster of de opdrachtregel) wijzigt op dit moment de accounts; er is niets gewijzigd. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The accounts file {path} is damaged ({reason}); Composer has left it as it is and will not change it. Correct it, or move it away to start again (the secrets stay in the keyring).</source>
        <translation>Het accountbestand {path} is beschadigd ({reason}); Composer heeft het ongewijzigd gelaten en past het niet aan. Herstel het, of verplaats het om opnieuw te beginnen (de geheimen blijven in de sleutelbos).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read the accounts file {path}: {reason}</source>
        <translation>Kan het accountbestand {path} niet lezen: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not UTF-8 text</source>
        <translation>geen UTF-8-tekst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not JSON: {problem} at line {line}</source>
        <translation>geen JSON: {problem} op regel {line}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a Composer accounts file: no {field}</source>
        <translation>geen accountbestand van Composer: {field} ontbreekt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no format version</source>
        <translation>geen formaatversie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The accounts file {path} was written by a newer Composer (format {version}); update Composer to use it. It was left as it is.</source>
        <translation>Het accountbestand {path} is geschreven door een nieuwere versie van Composer (formaat {version}); werk Composer bij om het te gebruiken. Het bestand is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{field} is not a list</source>
        <translation>{field} is geen lijst</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>account {n}: {reason}</source>
        <translation>account {n}: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>account {n}: the name {name} appears twice</source>
        <translation>account {n}: de naam {name} komt twee keer voor</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+104"/>
        <source>Cannot write the accounts file {path}: {reason}</source>
        <translation>Kan het accountbestand {path} niet schrijven: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no account {name} (accounts: {names})</source>
        <translation>Account {name} bestaat niet (accounts: {names})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no account {name} (there are no accounts yet)</source>
        <translation>Account {name} bestaat niet (er zijn nog geen accounts)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown secret {key}; the secrets are: {keys}</source>
        <translation>Onbekend geheim {key}; de geheimen zijn: {keys}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>missing {field}</source>
        <translation>{field} ontbreekt</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../composer/ui/accounts_dialog.py" line="-373"/>
        <source>New LWA client secret…</source>
        <translation>Nieuw LWA-clientgeheim…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New refresh token…</source>
        <translation>Nieuw refreshtoken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWA client ID…</source>
        <translation>LWA-client-ID…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP password…</source>
        <translation>SMTP-wachtwoord…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LWA client id</source>
        <translation>LWA-client-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWA client secret</source>
        <translation>LWA-clientgeheim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refresh token</source>
        <translation>refreshtoken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP password</source>
        <translation>SMTP-wachtwoord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The LWA client secret of “{account}” (Developer Console: your app&apos;s new LWA credentials):</source>
        <translation>Het LWA-clientgeheim van „{account}” (Developer Console: de nieuwe LWA-toegangsgegevens van je app):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The refresh token of “{account}” (from authorising the app again in Seller Central):</source>
        <translation>Het refreshtoken van „{account}” (krijg je door de app opnieuw te autoriseren in Seller Central):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The LWA client ID of “{account}”:</source>
        <translation>De LWA-client-ID van „{account}”:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SMTP password of “{account}”:</source>
        <translation>Het SMTP-wachtwoord van „{account}”:</translation>
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
        <translation>Geen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (poort 587)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (poort 465)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (only a server on this computer)</source>
        <translation>Geen (alleen een server op deze computer)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Setup</source>
        <translation>Configuratie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyring</source>
        <translation>Sleutelbos</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove the account “{account}” and delete its secrets from the keyring ({secrets})? Messages already in the outbox stay there; those still waiting cannot be sent without it.</source>
        <translation>Het account „{account}” verwijderen en de geheimen ervan uit de sleutelbos wissen ({secrets})? Berichten die al in het Postvak UIT staan, blijven daar; berichten die nog wachten, kunnen zonder dit account niet worden verzonden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the account “{account}”? Messages already in the outbox stay there; those still waiting cannot be sent without it.</source>
        <translation>Het account „{account}” verwijderen? Berichten die al in het Postvak UIT staan, blijven daar; berichten die nog wachten, kunnen zonder dit account niet worden verzonden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove account</source>
        <translation>Account verwijderen</translation>
    </message>
    <message>
        <location line="+750"/>
        <source>{marketplace} · sandbox</source>
        <translation>{marketplace} · sandbox</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing yet</source>
        <translation>nog niets</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{secrets} (missing: {missing})</source>
        <translation>{secrets} (ontbreekt: {missing})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{result} (Set a secret: {secrets})</source>
        <translation>{result} (Geheim instellen: {secrets})</translation>
    </message>
</context>
<context>
    <name>AccountsCli</name>
    <message>
        <location filename="../composer/cli_accounts.py" line="+68"/>
        <source>add, list, remove and test seller accounts (secrets in the OS keyring)</source>
        <translation>verkopersaccounts toevoegen, weergeven, verwijderen en testen (geheimen in de sleutelbos van het besturingssysteem)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seller accounts for sending: SP-API (region, marketplace, Login with Amazon credentials) and e-mail (SMTP server, authorised sender). Secrets go to the OS keyring only, and are never given as arguments: Composer asks for them on a terminal, or reads name=value lines from standard input. Exit status 0: done; 1: a problem found (a failed test, no keyring, a missing secret); 2: bad usage or an unreadable accounts file.</source>
        <translation>Verkopersaccounts om mee te verzenden: SP-API (regio, marketplace, Login with Amazon-toegangsgegevens) en e-mail (SMTP-server, geautoriseerde afzender). Geheimen gaan alleen naar de sleutelbos van het besturingssysteem en worden nooit als argument meegegeven: Composer vraagt ernaar in een terminal, of leest regels naam=waarde van de standaardinvoer. Afsluitstatus 0: klaar; 1: een probleem gevonden (een mislukte test, geen sleutelbos, een ontbrekend geheim); 2: onjuist gebruik of een onleesbaar accountbestand.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>keep the accounts file in DIR, as the window&apos;s --data-dir does (default: your user config folder); secrets stay in the keyring either way</source>
        <translation>het accountbestand in DIR bewaren, zoals --data-dir van het venster (standaard: je map voor gebruikersconfiguratie); geheimen blijven hoe dan ook in de sleutelbos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>add an account and store its secrets in the keyring</source>
        <translation>een account toevoegen en de geheimen ervan in de sleutelbos opslaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add an account. Secrets asked for (Enter skips): {secrets}. Without a terminal, or with --secrets-stdin, give them on standard input as name=value lines (e.g. lwa_client_secret=...).</source>
        <extracomment>{secrets}: the secrets&apos; names, as typed on standard input (lwa_client_id, …).</extracomment>
        <translation>Voegt een account toe. Gevraagde geheimen (Enter slaat over): {secrets}. Zonder terminal, of met --secrets-stdin, geef je ze op via de standaardinvoer als regels naam=waarde (bijv. lwa_client_secret=...).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a name for the account, e.g. shop-de</source>
        <translation>een naam voor het account, bijv. shop-de</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the main marketplace: {codes}</source>
        <translation>de hoofdmarketplace: {codes}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the SP-API region (default: the marketplace&apos;s)</source>
        <translation>de SP-API-regio (standaard: die van de marketplace)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use Amazon&apos;s SP-API sandbox hosts</source>
        <translation>de sandbox-hosts van de SP-API van Amazon gebruiken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>send SP-API calls here instead of Amazon&apos;s host (https; http only to this machine)</source>
        <translation>SP-API-aanroepen hierheen sturen in plaats van naar de host van Amazon (https; http alleen naar deze computer)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>exchange tokens here instead of Login with Amazon (https; http only to this machine)</source>
        <translation>tokens hier uitwisselen in plaats van bij Login with Amazon (https; http alleen naar deze computer)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the SMTP server for e-mail to buyers</source>
        <translation>de SMTP-server voor e-mail aan kopers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>default: 587, 465 for ssl, 25 for plain</source>
        <translation>standaard: 587, 465 bij ssl, 25 bij plain</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>starttls (default), ssl, or plain (only to this machine)</source>
        <translation>starttls (standaard), ssl of plain (alleen naar deze computer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the SMTP login name</source>
        <translation>de SMTP-inlognaam</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the From address: one authorised for Buyer-Seller Messaging in Seller Central</source>
        <translation>het afzenderadres (From): een adres dat in Seller Central is geautoriseerd voor Berichten koper-verkoper</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>list the accounts (never a secret)</source>
        <translation>de accounts weergeven (nooit een geheim)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the accounts: settings, which secrets the keyring holds (never their values), and client-secret rotation reminders.</source>
        <translation>Geeft de accounts weer: de instellingen, welke geheimen de sleutelbos bevat (nooit hun waarden) en herinneringen om het clientgeheim te vervangen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>remove an account and its secrets</source>
        <translation>een account en de geheimen ervan verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove an account and delete its secrets from the keyring.</source>
        <translation>Verwijdert een account en wist de geheimen ervan uit de sleutelbos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>check the keyring, Login with Amazon and the SMTP login</source>
        <translation>de sleutelbos, Login with Amazon en de SMTP-aanmelding controleren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the keyring holds each secret the account needs, that Login with Amazon exchanges its refresh token for an access token, and that the SMTP server accepts its login. Nothing is sent to a buyer.</source>
        <translation>Controleert of de sleutelbos elk geheim bevat dat het account nodig heeft, of Login with Amazon het refreshtoken inwisselt voor een toegangstoken en of de SMTP-server de aanmelding accepteert. Er wordt niets naar een koper verzonden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>per connection</source>
        <translation>per verbinding</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>store or replace one secret (e.g. a rotated LWA client secret)</source>
        <translation>één geheim opslaan of vervangen (bijv. een vernieuwd LWA-clientgeheim)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store or replace one secret of an account: {secrets}. Asked for on a terminal; otherwise read from standard input (the value alone, or name=value). Saving lwa_client_secret restarts its 180-day rotation reminder.</source>
        <extracomment>{secrets}: the secrets&apos; names, as typed on the command line (lwa_client_id, …).</extracomment>
        <translation>Slaat één geheim van een account op of vervangt het: {secrets}. Wordt in een terminal gevraagd; anders gelezen van de standaardinvoer (alleen de waarde, of naam=waarde). Na het opslaan van lwa_client_secret begint de herinnering om het na 180 dagen te vervangen opnieuw.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>read secrets from standard input as name=value lines even on a terminal</source>
        <translation>geheimen ook in een terminal als regels naam=waarde van de standaardinvoer lezen</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>An account named {account} exists already</source>
        <translation>Er bestaat al een account met de naam {account}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SP-API needs all three of {secrets}, or none; missing: {missing}</source>
        <translation>SP-API heeft alle drie nodig ({secrets}) of geen enkele; ontbreekt: {missing}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an smtp_password was given, but the account has no --smtp-user</source>
        <translation>er is een smtp_password opgegeven, maar het account heeft geen --smtp-user</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added account {account}: {region}, {marketplace} (Amazon.{domain}), {mode}.</source>
        <translation>Account {account} toegevoegd: {region}, {marketplace} (Amazon.{domain}), {mode}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Secrets in the keyring ({keyring}): {secrets}.</source>
        <translation>Geheimen in de sleutelbos ({keyring}): {secrets}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No secrets given: add them with composer accounts set-secret.</source>
        <translation>Geen geheimen opgegeven: voeg ze toe met composer accounts set-secret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check it with: composer accounts test {account}</source>
        <translation>Controleer het met: composer accounts test {account}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{label} ({key}; Enter to skip): </source>
        <translation>{label} ({key}; Enter om over te slaan): </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{label} ({key}): </source>
        <translation>{label} ({key}): </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no {key} given; nothing changed</source>
        <translation>geen {key} opgegeven; er is niets gewijzigd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the {label} of account {account} in the keyring.</source>
        <translation>Het {label} van account {account} is opgeslagen in de sleutelbos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon requires the next rotation by {date} (180 days).</source>
        <translation>Amazon vereist de volgende vervanging uiterlijk {date} (180 dagen).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No accounts yet; add one with: composer accounts add NAME --marketplace CODE</source>
        <translation>Nog geen accounts; voeg er een toe met: composer accounts add NAME --marketplace CODE</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>; client secret saved {date}</source>
        <translation>; clientgeheim opgeslagen op {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SP-API: {url}, LWA {lwa_url} (secrets set: {secrets}{saved})</source>
        <extracomment>{saved} is empty or &quot;; client secret saved {date}&quot;.</extracomment>
        <translation>SP-API: {url}, LWA {lwa_url} (ingestelde geheimen: {secrets}{saved})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SP-API: not set up (no LWA credentials)</source>
        <translation>SP-API: niet ingesteld (geen LWA-toegangsgegevens)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, user {user}</source>
        <translation>, gebruiker {user}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, no login</source>
        <translation>, geen aanmelding</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (secret set: smtp_password)</source>
        <translation> (geheim ingesteld: smtp_password)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (no smtp_password set)</source>
        <translation> (geen smtp_password ingesteld)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no sender set</source>
        <translation>geen afzender ingesteld</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e-mail: {host}:{port} {security}{login}, from {sender}{password}</source>
        <extracomment>{login} is &quot;, user {user}&quot; or &quot;, no login&quot;; {password} says whether the keyring holds the SMTP password, or is empty.</extracomment>
        <translation>e-mail: {host}:{port} {security}{login}, van {sender}{password}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e-mail: not set up (no SMTP server)</source>
        <translation>e-mail: niet ingesteld (geen SMTP-server)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Removed account {account} and its secrets from the keyring.</source>
        <translation>Account {account} is verwijderd en de geheimen ervan zijn uit de sleutelbos gewist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Testing account {account}:</source>
        <translation>Account {account} testen:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{problem}. Save: {commands}</source>
        <extracomment>{problem}: which secrets are missing; {commands}: the commands to save them.</extracomment>
        <translation>{problem}. Opslaan: {commands}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{problem} Save it with: {commands}</source>
        <translation>{problem} Sla het op met: {commands}</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>standard input, line {line}: not a name=value line (names: {names})</source>
        <translation>standaardinvoer, regel {line}: geen regel naam=waarde (namen: {names})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>standard input, line {line}: unknown secret {name} (names: {names})</source>
        <translation>standaardinvoer, regel {line}: onbekend geheim {name} (namen: {names})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>standard input, line {line}: {name} given twice</source>
        <translation>standaardinvoer, regel {line}: {name} is twee keer opgegeven</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>standard input, line {line}: {name} is empty</source>
        <translation>standaardinvoer, regel {line}: {name} is leeg</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>standard input holds %n lines; give the {key} alone</source>
        <translation>
            <numerusform>de standaardinvoer bevat %n regel; geef alleen {key} op</numerusform>
            <numerusform>de standaardinvoer bevat %n regels; geef alleen {key} op</numerusform>
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
        <translation>productie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>setup</source>
        <comment>a step of accounts test</comment>
        <translation>configuratie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keyring</source>
        <comment>a step of accounts test</comment>
        <translation>sleutelbos</translation>
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
        <translation>e-mail</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../composer/ui/accounts_dialog.py" line="-369"/>
        <location line="+2"/>
        <source>Seller accounts</source>
        <translation>Verkopersaccounts</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Keyring</source>
        <translation>Sleutelbos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up for</source>
        <translation>Ingesteld voor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secrets in the keyring</source>
        <translation>Geheimen in de sleutelbos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation>Herinnering</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account details</source>
        <translation>Accountgegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add account</source>
        <translation>Account toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a &amp;secret</source>
        <translation>&amp;Geheim instellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a secret</source>
        <translation>Geheim instellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secrets</source>
        <translation>Geheimen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove account</source>
        <translation>Account verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test</source>
        <translation>Te&amp;sten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test account</source>
        <translation>Account testen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Checking the keyring…</source>
        <translation>De sleutelbos wordt gecontroleerd…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Secrets are kept in the system keyring ({keyring}), nowhere else.</source>
        <translation>Geheimen worden bewaard in de sleutelbos van het systeem ({keyring}) en nergens anders.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keyring cannot be used: {error}</source>
        <translation>De sleutelbos kan niet worden gebruikt: {error}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Client secret due {date}</source>
        <translation>Clientgeheim uiterlijk {date} vervangen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No seller account yet. Add one to send by the SP-API or by e-mail.</source>
        <translation>Nog geen verkopersaccount. Voeg er een toe om via de SP-API of per e-mail te verzenden.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>SP-API: {sp_api}; Login with Amazon: {lwa}</source>
        <translation>SP-API: {sp_api}; Login with Amazon: {lwa}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SP-API: not set up (no Login with Amazon credentials).</source>
        <translation>SP-API: niet ingesteld (geen Login with Amazon-toegangsgegevens).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no sender set</source>
        <translation>geen afzender ingesteld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail: {server} ({security}, user {user}), from {sender}</source>
        <translation>E-mail: {server} ({security}, gebruiker {user}), van {sender}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail: {server} ({security}, no login), from {sender}</source>
        <translation>E-mail: {server} ({security}, zonder inloggen), van {sender}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-mail: not set up (no mail server).</source>
        <translation>E-mail: niet ingesteld (geen mailserver).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{notice}. Here: Set a secret › New LWA client secret…</source>
        <translation>{notice}. Hier: Geheim instellen › Nieuw LWA-clientgeheim…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Testing… (nothing is sent to a buyer)</source>
        <translation>Testen… (er wordt niets naar een koper verzonden)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The test could not run: {error}</source>
        <translation>De test kon niet worden uitgevoerd: {error}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Saving the {secret}…</source>
        <translation>Bezig met opslaan ({secret})…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved: {error}</source>
        <translation>Niet opgeslagen: {error}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved. The next rotation is due by {date}.</source>
        <translation>Opgeslagen. Vervang het de volgende keer uiterlijk {date}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“{account}” was not removed: {error}</source>
        <translation>„{account}” is niet verwijderd: {error}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../composer/app.py" line="+42"/>
        <source>Open the Composer window (composer check … runs the checker instead).</source>
        <translation>Opent het venster van Composer (composer check … voert in plaats daarvan de controle uit).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>open the window on a sample message, print its check and exit</source>
        <translation>het venster openen met een voorbeeldbericht, de controle ervan tonen en afsluiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>keep drafts, templates, the dictionary, settings and seller accounts here (default: your user data and config folders; secrets stay in the system keyring)</source>
        <translation>concepten, sjablonen, het woordenboek, instellingen en verkopersaccounts hier bewaren (standaard: je mappen voor gebruikersgegevens en configuratie; geheimen blijven in de sleutelbos van het systeem)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Composer cannot keep drafts: {error}</source>
        <translation>Composer kan geen concepten bewaren: {error}</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The drafts database cannot be opened: {error}</source>
        <translation>De database met concepten kan niet worden geopend: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The drafts database cannot be opened: {error}

Set it aside (it is kept, renamed) and start with an empty one?</source>
        <translation>De database met concepten kan niet worden geopend: {error}

Deze opzijzetten (hij blijft bewaard, onder een andere naam) en met een lege database beginnen?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The old database was kept as {path}.</source>
        <translation>De oude database is bewaard als {path}.</translation>
    </message>
</context>
<context>
    <name>AttachmentWords</name>
    <message>
        <location filename="../composer/services/attachments.py" line="+80"/>
        <source>{file}: not a file (a folder or a device)</source>
        <translation>{file}: is geen bestand (een map of een apparaat)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file}: cannot be read ({reason})</source>
        <translation>{file}: kan niet worden gelezen ({reason})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{file}: larger than 10 MB, more than Amazon takes</source>
        <translation>{file}: groter dan 10 MB, meer dan Amazon accepteert</translation>
    </message>
</context>
<context>
    <name>ChannelPage</name>
    <message>
        <location filename="../composer/ui/preview_dialog.py" line="+39"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
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
        <translation>Onderwerp van de e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} preview</source>
        <translation>Voorbeeld ({channel})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} length</source>
        <translation>Lengte ({channel})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this channel removes or changes:</source>
        <translation>Wat dit kanaal verwijdert of wijzigt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What {channel} removes or changes</source>
        <translation>Wat {channel} verwijdert of wijzigt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Subject: {subject}</source>
        <translation>Onderwerp: {subject}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject: (none)</source>
        <translation>Onderwerp: (geen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(an empty message)</source>
        <translation>(een leeg bericht)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No text is sent with this message type.</source>
        <translation>Met dit berichttype wordt geen tekst verzonden.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing: the buyer gets the message as shown</source>
        <translation>Niets: de koper krijgt het bericht zoals hier getoond</translation>
    </message>
</context>
<context>
    <name>ChannelPreviewDialog</name>
    <message>
        <location line="+45"/>
        <location line="+1"/>
        <source>Channel preview</source>
        <translation>Kanaalvoorbeeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{channel} (chosen)</source>
        <translation>{channel} (gekozen)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln character(s) of text; no length limit is known for e-mail</source>
        <translation>
            <numerusform>%Ln teken tekst; voor e-mail is geen lengtelimiet bekend</numerusform>
            <numerusform>%Ln tekens tekst; voor e-mail is geen lengtelimiet bekend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln character(s); no length limit is known for Seller Central&apos;s form</source>
        <translation>
            <numerusform>%Ln teken; voor het formulier van Seller Central is geen lengtelimiet bekend</numerusform>
            <numerusform>%Ln tekens; voor het formulier van Seller Central is geen lengtelimiet bekend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln character(s); the message type “{type}” is unknown, so there is no limit to check</source>
        <translation>
            <numerusform>%Ln teken; het berichttype „{type}” is onbekend, dus er is geen limiet om te controleren</numerusform>
            <numerusform>%Ln tekens; het berichttype „{type}” is onbekend, dus er is geen limiet om te controleren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln character(s); choose a message type to see its limit</source>
        <translation>
            <numerusform>%Ln teken; kies een berichttype om de limiet te zien</numerusform>
            <numerusform>%Ln tekens; kies een berichttype om de limiet te zien</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{type}” takes no text: Amazon writes the request itself</source>
        <translation>„{type}” accepteert geen tekst: Amazon schrijft het verzoek zelf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{type}” takes no text: it sends documents only, none of this text</source>
        <translation>„{type}” accepteert geen tekst: dit type verstuurt alleen documenten, niets van deze tekst</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{count} / {limit} characters allowed for “{type}”: %Ln over the limit</source>
        <translation>
            <numerusform>{count} / {limit} tekens toegestaan voor „{type}”: %Ln teken te veel</numerusform>
            <numerusform>{count} / {limit} tekens toegestaan voor „{type}”: %Ln tekens te veel</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} / {limit} characters allowed for “{type}”</source>
        <translation>{count} / {limit} tekens toegestaan voor „{type}”</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../composer/ui/panel.py" line="+52"/>
        <source>Critical: reaches the buyer even if they opted out</source>
        <translation>Kritiek: bereikt de koper, ook als die zich heeft afgemeld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proactive: permitted, but bounces for buyers who opted out</source>
        <translation>Proactief: toegestaan, maar komt niet aan bij kopers die zich hebben afgemeld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forbidden: Amazon does not allow this message</source>
        <translation>Verboden: Amazon staat dit bericht niet toe</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>critical</source>
        <translation>kritiek</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>proactive</source>
        <translation>proactief</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>forbidden</source>
        <translation>verboden</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>permitted</source>
        <translation>toegestaan</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Policy checks</source>
        <translation>Beleidscontroles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message category</source>
        <translation>Berichtcategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purposes and evidence</source>
        <translation>Doelen en aanwijzingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested SP-API message type</source>
        <translation>Voorgesteld SP-API-berichttype</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+37"/>
        <location line="+35"/>
        <source>Fix all safe</source>
        <translation>Veilige correcties toepassen</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No problems found.</source>
        <translation>Geen problemen gevonden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Start writing: the checks appear as you type.</source>
        <translation>Begin met schrijven: de controles verschijnen terwijl je typt.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>SP-API message type: {title} ({id})</source>
        <translation>SP-API-berichttype: {title} ({id})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SP-API message type: none fits this message</source>
        <translation>SP-API-berichttype: geen enkel type past bij dit bericht</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Fix all safe (%n)</source>
        <translation>
            <numerusform>Veilige correcties toepassen (%n)</numerusform>
            <numerusform>Veilige correcties toepassen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>Errors (%n)</source>
        <translation>
            <numerusform>Fouten (%n)</numerusform>
            <numerusform>Fouten (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Warnings (%n)</source>
        <translation>
            <numerusform>Waarschuwingen (%n)</numerusform>
            <numerusform>Waarschuwingen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Notes (%n)</source>
        <translation>
            <numerusform>Opmerkingen (%n)</numerusform>
            <numerusform>Opmerkingen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>“{phrase}”</source>
        <extracomment>A phrase that showed the purpose, quoted as your language quotes.</extracomment>
        <translation>„{phrase}”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Purposes:</source>
        <translation>Doelen:</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../composer/cli.py" line="+57"/>
        <source>unrecognized arguments (not repeated here, in case one is a secret: secrets are asked for, or read from standard input, never given as arguments)</source>
        <translation>onbekende argumenten (hier niet herhaald, voor het geval er een geheim bij zit: geheimen worden gevraagd of van de standaardinvoer gelezen, nooit als argument meegegeven)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write Amazon buyer messages that Amazon will accept.</source>
        <translation>Schrijf berichten aan Amazon-kopers die Amazon accepteert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without a command, composer opens its window (options: --data-dir DIR to keep drafts there, --smoke-test to open it on a sample message, print the check and exit).</source>
        <translation>Zonder opdracht opent composer zijn venster (opties: --data-dir DIR om concepten daar te bewaren, --smoke-test om het te openen met een voorbeeldbericht, de controle te tonen en af te sluiten).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>check message files against Amazon&apos;s messaging rules</source>
        <translation>berichtbestanden controleren aan de hand van de berichtregels van Amazon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check message files (.txt, .html, .htm, .eml, .json; a folder is searched for them; - reads standard input) against Amazon&apos;s buyer-seller messaging rules. Exit status 0: nothing blocks sending; 1: an error-level finding or a forbidden message; 2: bad usage or an unreadable file.</source>
        <translation>Controleert berichtbestanden (.txt, .html, .htm, .eml, .json; in een map wordt ernaar gezocht; - leest de standaardinvoer) aan de hand van de regels van Amazon voor Berichten koper-verkoper. Afsluitstatus 0: niets staat verzending in de weg; 1: een bevinding van het niveau fout of een verboden bericht; 2: onjuist gebruik of een onleesbaar bestand.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>channel for files that do not name one (default: email)</source>
        <translation>kanaal voor bestanden die er zelf geen noemen (standaard: email)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the buyer&apos;s language of preference for files that do not give one</source>
        <translation>de voorkeurstaal van de koper voor bestanden die er zelf geen opgeven</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>judge dates as of this day (default: today)</source>
        <translation>datums beoordelen alsof het deze dag is (standaard: vandaag)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>treat styling, spelling and grammar warnings as errors</source>
        <translation>waarschuwingen over opmaak, spelling en grammatica als fouten behandelen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>your spelling dictionary: one word per line</source>
        <translation>je eigen spellingwoordenboek: één woord per regel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>do not report this rule (repeatable)</source>
        <translation>deze regel niet melden (herhaalbaar)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list the rules</source>
        <translation>de regels weergeven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List every rule with its severity and source.</source>
        <translation>Geeft elke regel weer met de ernst en de bron.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not a date (YYYY-MM-DD): {value}</source>
        <translation>geen datum (JJJJ-MM-DD): {value}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>unknown rule for --disable: {rule}</source>
        <translation>onbekende regel voor --disable: {rule}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read the dictionary {path}: {error}</source>
        <translation>kan het woordenboek {path} niet lezen: {error}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>folder holds no message files ({suffixes})</source>
        <translation>de map bevat geen berichtbestanden ({suffixes})</translation>
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
            <numerusform>%n gecontroleerd</numerusform>
            <numerusform>%n gecontroleerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n cannot be sent as written</source>
        <translation>
            <numerusform>%n kan niet zo worden verzonden</numerusform>
            <numerusform>%n kunnen niet zo worden verzonden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n fout</numerusform>
            <numerusform>%n fouten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n waarschuwing</numerusform>
            <numerusform>%n waarschuwingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n opmerking</numerusform>
            <numerusform>%n opmerkingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>; %n could not be read</source>
        <translation>
            <numerusform>; %n kon niet worden gelezen</numerusform>
            <numerusform>; %n konden niet worden gelezen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryWords</name>
    <message>
        <location filename="../composer/services/recorded.py" line="+92"/>
        <source>Not sent yet: {reason} It goes out when the connection is back.</source>
        <translation>Nog niet verzonden: {reason} Het wordt verzonden zodra de verbinding terug is.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amazon asked to wait: {reason}</source>
        <translation>Amazon heeft gevraagd te wachten: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot reach the mail server {server} ({why}); nothing was sent.</source>
        <translation>De mailserver {server} is niet bereikbaar ({why}); er is niets verzonden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the host name is not known</source>
        <translation>de hostnaam is onbekend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>connection refused: nothing listens on that port</source>
        <translation>verbinding geweigerd: er luistert niets op die poort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answer in time</source>
        <translation>geen antwoord binnen de wachttijd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon does not allow this message type for this order now ({said}). Ask which types the order allows and choose one of them.</source>
        <translation>Amazon staat dit berichttype nu niet toe voor deze bestelling ({said}). Vraag op welke berichttypen de bestelling toestaat en kies daar een van.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amazon does not allow this message type for this order now ({said}). Ask which types the order allows and choose one of them. Request id: {reference}.</source>
        <translation>Amazon staat dit berichttype nu niet toe voor deze bestelling ({said}). Vraag op welke berichttypen de bestelling toestaat en kies daar een van. Verzoek-ID: {reference}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Account {name} has no SMTP server set up for e-mail</source>
        <translation>Voor account {name} is geen SMTP-server voor e-mail ingesteld</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plain SMTP to {host} is refused: it is allowed only to this machine</source>
        <translation>Plain SMTP naar {host} wordt geweigerd: dat is alleen toegestaan naar deze computer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keyring holds no SMTP password for account {name}; save it with: {command}</source>
        <translation>De sleutelbos bevat geen SMTP-wachtwoord voor account {name}; sla het op met: {command}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account {name} has no sender address: set the address authorised for Buyer-Seller Messaging in Seller Central</source>
        <translation>Account {name} heeft geen afzenderadres: stel het adres in dat in Seller Central is geautoriseerd voor Berichten koper-verkoper</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The e-mail cannot be made: {reason}</source>
        <translation>De e-mail kan niet worden opgesteld: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server {server} does not offer STARTTLS; Composer does not send the password and the message unencrypted (choose ssl if it offers that)</source>
        <translation>De mailserver {server} biedt geen STARTTLS aan; Composer verzendt het wachtwoord en het bericht niet onversleuteld (kies ssl als de server dat aanbiedt)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The mail server {server} failed the certificate check ({why}); Composer does not send to a server it cannot verify</source>
        <translation>De mailserver {server} heeft de certificaatcontrole niet doorstaan ({why}); Composer verzendt niet naar een server die het niet kan verifiëren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The encrypted connection to {server} failed ({why})</source>
        <translation>De versleutelde verbinding met {server} is mislukt ({why})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server {server} closed the connection before the message was sent ({why}); nothing was sent.</source>
        <translation>De mailserver {server} heeft de verbinding verbroken voordat het bericht was verzonden ({why}); er is niets verzonden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The mail server closed the connection during the login ({why}); nothing was sent.</source>
        <translation>De mailserver heeft de verbinding verbroken tijdens het aanmelden ({why}); er is niets verzonden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to the mail server {server} was lost after the message was sent and before the server confirmed it ({why}). The buyer may have received it: check the Buyer-Seller Messages page in Seller Central before sending it again.</source>
        <translation>De verbinding met de mailserver {server} is verbroken nadat het bericht was verzonden en voordat de server het had bevestigd ({why}). Misschien heeft de koper het ontvangen: controleer de pagina Berichten koper-verkoper in Seller Central voordat je het opnieuw verzendt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The mail server offers no login Composer can use on this connection ({offered}); check the SMTP security setting</source>
        <translation>De mailserver biedt op deze verbinding geen aanmeldmethode aan die Composer kan gebruiken ({offered}); controleer de instelling voor SMTP-beveiliging</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The SMTP user name or password has characters outside ASCII, which the SMTP login cannot carry; use an ASCII password (an app password) for Composer</source>
        <translation>De SMTP-gebruikersnaam of het wachtwoord bevat tekens buiten ASCII, die de SMTP-aanmelding niet kan overbrengen; gebruik voor Composer een ASCII-wachtwoord (een app-wachtwoord)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>refused the sender {address}</source>
        <translation>heeft de afzender {address} geweigerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused the recipient {address}</source>
        <translation>heeft de ontvanger {address} geweigerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused to take the message (DATA)</source>
        <translation>heeft geweigerd het bericht aan te nemen (DATA)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>did not accept the message</source>
        <translation>heeft het bericht niet geaccepteerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused the connection</source>
        <translation>heeft de verbinding geweigerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused a command</source>
        <translation>heeft een opdracht geweigerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused the greeting (EHLO/HELO)</source>
        <translation>heeft de begroeting (EHLO/HELO) geweigerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused the login of {user}</source>
        <translation>heeft de aanmelding van {user} geweigerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{refusal} (a temporary refusal)</source>
        <translation>{refusal} (tijdelijke weigering)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server {server} {what}: {reply}</source>
        <translation>De mailserver {server} {what}: {reply}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sending the {title} message</source>
        <translation>het verzenden van een bericht van het type {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>requesting the review</source>
        <translation>het vragen om een recensie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>asking which message types the order allows</source>
        <translation>het opvragen van de berichttypen die de bestelling toestaat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>asking whether a review request is allowed</source>
        <translation>het navragen of een recensieverzoek is toegestaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>asking for the buyer&apos;s language</source>
        <translation>het opvragen van de taal van de koper</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>preparing the upload of {name}</source>
        <translation>het voorbereiden van de upload van {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon found the request invalid</source>
        <translation>Amazon vond het verzoek ongeldig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon did not accept the access token</source>
        <translation>Amazon heeft het toegangstoken niet geaccepteerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amazon denied access: the app may lack the Buyer Communication (or Buyer Solicitation) role, the seller may have to authorize it again after a role was added, or the order belongs to another region&apos;s marketplace</source>
        <translation>Amazon heeft de toegang geweigerd: misschien mist de app de rol Buyer Communication (of Buyer Solicitation), moet de verkoper de app opnieuw autoriseren nadat er een rol is toegevoegd, of hoort de bestelling bij een marketplace van een andere regio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Amazon does not know this order in this marketplace</source>
        <translation>Amazon kent deze bestelling niet op deze marketplace</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the request is too large for Amazon</source>
        <translation>Het verzoek is te groot voor Amazon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon did not accept the content type</source>
        <translation>Amazon heeft het inhoudstype niet geaccepteerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon refused the request</source>
        <translation>Amazon heeft het verzoek geweigerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{hint} while {what} ({said}).</source>
        <extracomment>{hint} is one of the refusals above, {what} what was being done, {said} Amazon&apos;s own words.</extracomment>
        <translation>{hint}. Dit gebeurde bij {what} ({said}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{hint} while {what} ({said}). Request id: {reference}.</source>
        <translation>{hint}. Dit gebeurde bij {what} ({said}). Verzoek-ID: {reference}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{order} is not an Amazon order id (like 123-1234567-1234567).</source>
        <translation>{order} is geen bestelnummer van Amazon (zoals 123-1234567-1234567).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amazon removed the message type {type} from the SP-API on {day}; it can no longer be sent.</source>
        <translation>Amazon heeft het berichttype {type} op {day} uit de SP-API verwijderd; het kan niet meer worden verzonden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{type} is not an SP-API message type.</source>
        <translation>{type} is geen SP-API-berichttype.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{type} is a Solicitations request, not a message: use request_review.</source>
        <translation>{type} is een verzoek van de Solicitations API, geen bericht: gebruik request_review.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A {title} message carries attachments only; Amazon takes no text with it.</source>
        <translation>Een bericht van het type {title} bevat alleen bijlagen; Amazon neemt er geen tekst bij aan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A {title} message needs text.</source>
        <translation>Een bericht van het type {title} moet tekst bevatten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The text contains HTML (tags or character references); Amazon shows it as plain text, so convert it first.</source>
        <translation>De tekst bevat HTML (tags of tekenverwijzingen); Amazon toont die als platte tekst, dus zet de tekst eerst om.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The text has {count} characters; Amazon takes at most {limit} in a {title} message.</source>
        <translation>De tekst heeft {count} tekens; Amazon accepteert maximaal {limit} tekens in een bericht van het type {title}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A {title} message takes no attachments.</source>
        <translation>Een bericht van het type {title} kan geen bijlagen bevatten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A {title} message needs at least 1 attachment.</source>
        <translation>Een bericht van het type {title} moet minstens 1 bijlage bevatten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A {title} message needs at least {low} attachments.</source>
        <translation>Een bericht van het type {title} moet minstens {low} bijlagen bevatten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A {title} message takes at most {high} attachments, not {count}.</source>
        <translation>Een bericht van het type {title} kan maximaal {high} bijlagen bevatten, niet {count}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The attachment name {name} needs an extension (like invoice.pdf) and no slashes or line breaks: it is the name the buyer sees.</source>
        <translation>De bijlagenaam {name} moet een extensie hebben (zoals factuur.pdf) en mag geen schuine strepen of regeleinden bevatten: de koper ziet deze naam.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The attachment {name} is empty.</source>
        <translation>De bijlage {name} is leeg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The attachment {name} has no valid content type ({type}).</source>
        <translation>De bijlage {name} heeft geen geldig inhoudstype ({type}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The attachments add up to {size} MB; Amazon takes at most {limit} MB per message.</source>
        <translation>De bijlagen zijn samen {size} MB; Amazon accepteert maximaal {limit} MB per bericht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon refused to take the attachment ({said}). Its Uploads API is documented for North-American sellers only, and sellers in the {region} region have been refused with 403: send this message without attachments, or the files by e-mail.</source>
        <translation>Amazon heeft geweigerd de bijlage aan te nemen ({said}). De Uploads API is alleen gedocumenteerd voor Noord-Amerikaanse verkopers, en verkopers in de regio {region} zijn met 403 geweigerd: verzend dit bericht zonder bijlagen, of stuur de bestanden per e-mail.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Amazon refused to take the attachment ({said}). The app needs the Product Listing role for attachments (besides Buyer Communication), and the seller must authorize it again after the role was added.</source>
        <translation>Amazon heeft geweigerd de bijlage aan te nemen ({said}). Voor bijlagen heeft de app de rol Product Listing nodig (naast Buyer Communication), en de verkoper moet de app opnieuw autoriseren nadat de rol is toegevoegd.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{why} Nothing was sent to the buyer.</source>
        <translation>{why} Er is niets naar de koper verzonden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{why} Request id: {reference}. Nothing was sent to the buyer.</source>
        <translation>{why} Verzoek-ID: {reference}. Er is niets naar de koper verzonden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Login with Amazon could not be reached: {words}. Nothing was sent; try again when the network is back.</source>
        <translation>Login with Amazon was niet bereikbaar: {words}. Er is niets verzonden; probeer het opnieuw zodra het netwerk weer werkt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Login with Amazon asks to wait before the next sign-in.</source>
        <translation>Login with Amazon vraagt om even te wachten met de volgende aanmelding.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login with Amazon did not answer properly ({status}). Nothing was sent; try again later.</source>
        <translation>Login with Amazon heeft geen bruikbaar antwoord gegeven ({status}). Er is niets verzonden; probeer het later opnieuw.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login with Amazon answered without an access token.</source>
        <translation>Het antwoord van Login with Amazon bevatte geen toegangstoken.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The refresh token was revoked or is wrong: authorize Composer again in Seller Central and save the new refresh token.</source>
        <translation>Het refreshtoken is ingetrokken of onjuist: autoriseer Composer opnieuw in Seller Central en sla het nieuwe refreshtoken op.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The client id or secret is wrong, most often because the client secret was rotated (Amazon requires it every 180 days): enter the current secret.</source>
        <translation>Het client-ID of het clientgeheim is onjuist, meestal omdat het clientgeheim is vervangen (Amazon eist dat elke 180 dagen): voer het huidige clientgeheim in.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check the account&apos;s Login with Amazon settings.</source>
        <translation>Controleer de Login with Amazon-instellingen van het account.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login with Amazon refused the credentials: {said}. {advice}</source>
        <translation>Login with Amazon heeft de toegangsgegevens geweigerd: {said}. {advice}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon could not be reached while {what}: {words}. Nothing was sent; it can be sent when the network is back.</source>
        <translation>Amazon was niet bereikbaar bij {what}: {words}. Er is niets verzonden; dat kan alsnog zodra het netwerk weer werkt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The request went out while {what}, but {words}. Amazon may or may not have delivered it; {check}.</source>
        <translation>Bij {what} is het verzoek naar Amazon gegaan, maar {words}. Het is niet zeker of Amazon het heeft bezorgd; {check}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amazon did not answer while {what}: {words}. Nothing was sent to the buyer; try again later.</source>
        <translation>Amazon heeft niet geantwoord bij {what}: {words}. Er is niets naar de koper verzonden; probeer het later opnieuw.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amazon asks to slow down ({said}) while {what}, after {tries} tries. Nothing was sent; it is safe to send after waiting.</source>
        <translation>Amazon meldde bij {what} na {tries} pogingen dat er te veel verzoeken kwamen ({said}). Er is niets verzonden; na even wachten kun je veilig opnieuw verzenden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amazon answered {said} while {what}. It may or may not have been delivered; {check}.</source>
        <translation>Amazon heeft bij {what} geantwoord met {said}. Het is niet zeker of Amazon het heeft bezorgd; {check}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon answered {said} while {what}. Nothing was sent to the buyer; try again later.</source>
        <translation>Amazon heeft bij {what} geantwoord met {said}. Er is niets naar de koper verzonden; probeer het later opnieuw.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon&apos;s answer could not be read while {what} (not JSON).</source>
        <translation>Amazon gaf bij {what} een antwoord dat niet te lezen was (geen JSON).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon&apos;s upload destination for {name} is incomplete (no id, address or headers). Nothing was sent to the buyer.</source>
        <translation>De uploadbestemming die Amazon voor {name} gaf, is onvolledig (geen ID, adres of headers). Er is niets naar de koper verzonden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amazon&apos;s upload address for {name} is not https; the file was not sent. Nothing was sent to the buyer.</source>
        <translation>Het uploadadres van Amazon voor {name} is geen https-adres; het bestand is niet verzonden. Er is niets naar de koper verzonden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The upload of {name} failed: {words}. Nothing was sent to the buyer; it can be sent again.</source>
        <translation>De upload van {name} is mislukt: {words}. Er is niets naar de koper verzonden; het bericht kan opnieuw worden verzonden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The upload of {name} failed: Amazon&apos;s storage answered {status} {code}: {said}. Nothing was sent to the buyer; it can be sent again.</source>
        <translation>De upload van {name} is mislukt: de opslag van Amazon antwoordde met {status} {code}: {said}. Er is niets naar de koper verzonden; het bericht kan opnieuw worden verzonden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The upload of {name} failed: {hint} ({status} {code}: {said}). Nothing was sent to the buyer.</source>
        <translation>De upload van {name} is mislukt: {hint} ({status} {code}: {said}). Er is niets naar de koper verzonden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file&apos;s checksum was not in the form Amazon expects</source>
        <translation>de controlesom van het bestand had niet de vorm die Amazon verwacht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file changed between its checksum and the upload</source>
        <translation>het bestand is gewijzigd tussen het berekenen van de controlesom en de upload</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the upload did not carry the headers Amazon signed</source>
        <translation>de upload bevatte niet de headers die Amazon had ondertekend</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the storage takes the file only by PUT</source>
        <translation>de opslag neemt het bestand alleen aan via PUT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the upload address was refused; such an address expires after 15 minutes</source>
        <translation>het uploadadres is geweigerd; zo&apos;n adres verloopt na 15 minuten</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>check the buyer-seller messages in Seller Central before sending it again</source>
        <translation>controleer de pagina Berichten koper-verkoper in Seller Central voordat je het bericht opnieuw verzendt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ask whether a review request is still allowed for the order before asking again (if it is no longer allowed, this one went out)</source>
        <translation>vraag na of er voor de bestelling nog een recensieverzoek is toegestaan voordat je het verzoek herhaalt (is dat niet meer toegestaan, dan is dit verzoek verzonden)</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>the file is too large</source>
        <translation>het bestand is te groot</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon&apos;s storage refused it</source>
        <translation>de opslag van Amazon heeft het bestand geweigerd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the connection timed out</source>
        <translation>het verbinden duurde te lang (time-out)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no answer came before the time limit</source>
        <translation>er is binnen de wachttijd geen antwoord gekomen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the secure connection failed</source>
        <translation>de beveiligde verbinding is mislukt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the proxy refused the connection</source>
        <translation>de proxy heeft de verbinding geweigerd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the host name could not be resolved</source>
        <translation>de hostnaam kon niet worden gevonden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the connection was refused</source>
        <translation>de verbinding is geweigerd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the connection was closed before an answer came</source>
        <translation>de verbinding is verbroken voordat er een antwoord kwam</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the connection failed</source>
        <translation>de verbinding is mislukt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the request failed</source>
        <translation>het verzoek is mislukt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a warranty message has coverage dates.</source>
        <translation>Alleen een garantiebericht kan een garantieperiode (begin- en einddatum) hebben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The warranty coverage dates need a time zone (Amazon takes ISO 8601 with an offset).</source>
        <translation>De datums van de garantieperiode moeten een tijdzone hebben (Amazon accepteert ISO 8601 met een UTC-offset).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The warranty coverage ends before it starts.</source>
        <translation>De garantieperiode eindigt voordat ze begint.</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <location filename="../composer/ui/drafts_dialog.py" line="+49"/>
        <location line="+1"/>
        <source>Drafts</source>
        <translation>Concepten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Naam wijzigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Rename draft</source>
        <translation>Naam van concept wijzigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete draft</source>
        <translation>Concept verwijderen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this draft for good?</source>
        <translation>Dit concept definitief verwijderen?</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../composer/ui/export_actions.py" line="+40"/>
        <source>Amazon-safe HTML</source>
        <translation>Amazon-veilige HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain text</source>
        <translation>Platte tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail with HTML and plain text</source>
        <translation>E-mail met HTML en platte tekst</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Amazon does not allow messages for this purpose: {purpose}. Take that part out, or do not send the message.</source>
        <translation>Amazon staat geen berichten met dit doel toe: {purpose}. Haal dat deel eruit of verzend het bericht niet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon does not allow messages for these purposes: {purposes}. Take that part out, or do not send the message.</source>
        <translation>Amazon staat geen berichten met deze doelen toe: {purposes}. Haal die delen eruit of verzend het bericht niet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amazon does not allow this kind of message.</source>
        <translation>Amazon staat dit soort berichten niet toe.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>… and %n more (see the checks panel)</source>
        <translation>
            <numerusform>… en nog %n (zie het paneel met controles)</numerusform>
            <numerusform>… en nog %n (zie het paneel met controles)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do you want to copy it anyway?</source>
        <translation>Wil je het toch kopiëren?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy anyway</source>
        <translation>Toch kopiëren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do you want to export it anyway?</source>
        <translation>Wil je het toch exporteren?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export anyway</source>
        <translation>Toch exporteren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon would not accept this message</source>
        <translation>Amazon zou dit bericht niet accepteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm export</source>
        <translation>Export bevestigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amazon would block or penalise this message:</source>
        <translation>Amazon zou dit bericht blokkeren of er een sanctie voor opleggen:</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” could not be saved.

{reason}.

The message is still here: choose another folder or name and try again.</source>
        <translation>„{file}” kan niet worden opgeslagen.

{reason}.

Het bericht staat er nog: kies een andere map of naam en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>message</source>
        <comment>a file name</comment>
        <translation>bericht</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+1"/>
        <source>Export message</source>
        <translation>Bericht exporteren</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <location filename="../composer/services/export.py" line="+96"/>
        <source>bold</source>
        <translation>vet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>italic</source>
        <translation>cursief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>underline</source>
        <translation>onderstreept</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>formatting ({formats})</source>
        <extracomment>What a plain-text channel drops: {formats} lists &quot;bold&quot;, &quot;italic&quot;, &quot;underline&quot;.</extracomment>
        <translation>opmaak ({formats})</translation>
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
        <translation>opsommingstekens worden streepjes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>numbered lists become &quot;1.&quot; lines</source>
        <translation>genummerde lijsten worden regels met „1.”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>links become their address</source>
        <translation>links worden vervangen door hun adres</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>e-mail subject (the API has none)</source>
        <translation>onderwerp van de e-mail (de API kent geen onderwerp)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the whole text (Amazon writes the review request itself)</source>
        <translation>de hele tekst (Amazon schrijft het recensieverzoek zelf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the text ({type} sends attachments only)</source>
        <translation>de tekst ({type} verstuurt alleen bijlagen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>subject (Seller Central sets it from the contact reason)</source>
        <translation>onderwerp (Seller Central bepaalt het aan de hand van de contactreden)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the sender is not an e-mail address: {address}</source>
        <translation>de afzender is geen e-mailadres: {address}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the recipient is not an e-mail address: {address}</source>
        <translation>de ontvanger is geen e-mailadres: {address}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>cannot export to &apos;{suffix}&apos; (use {suffixes})</source>
        <translation>exporteren naar „{suffix}” is niet mogelijk (gebruik {suffixes})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot write in {folder}: {reason}</source>
        <translation>kan niet schrijven in {folder}: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write {path}: {reason}</source>
        <translation>kan {path} niet schrijven: {reason}</translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <location filename="../composer/ui/panel.py" line="-393"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>{severity}: {rule}</source>
        <translation>{severity}: {rule}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Why and source</source>
        <translation>Waarom en bron</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why?</source>
        <translation>Waarom?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why: {rule}</source>
        <translation>Waarom: {rule}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fix</source>
        <translation>Corrigeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix: {rule}</source>
        <translation>Corrigeren: {rule}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Safe: keeps the meaning</source>
        <translation>Veilig: de betekenis blijft gelijk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the result: this fix changes the wording</source>
        <translation>Controleer het resultaat: deze correctie verandert de formulering</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suggestions…</source>
        <translation>Suggesties…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggestions: {rule}</source>
        <translation>Suggesties: {rule}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignore…</source>
        <translation>Negeren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ignore: {rule}</source>
        <translation>Negeren: {rule}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignore here</source>
        <translation>Hier negeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ignore this rule</source>
        <translation>Deze regel negeren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add “{word}” to the dictionary</source>
        <translation>„{word}” aan het woordenboek toevoegen</translation>
    </message>
    <message>
        <location line="+276"/>
        <source>Sources:</source>
        <translation>Bronnen:</translation>
    </message>
</context>
<context>
    <name>IgnoredRulesDialog</name>
    <message>
        <location filename="../composer/ui/ignored_dialog.py" line="+50"/>
        <location line="+1"/>
        <source>Ignored rules</source>
        <translation>Genegeerde regels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No rule is ignored: every message is checked against all of them.</source>
        <translation>Er wordt geen regel genegeerd: elk bericht wordt aan alle regels getoetst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Check again</source>
        <translation>Weer controleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amazon applies these rules whether Composer shows them or not.</source>
        <translation>Amazon past deze regels toe, of Composer ze nu toont of niet.</translation>
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
        <translation>de Windows-referentiekluis (Credential Locker) is niet bereikbaar (de Windows-backend van keyring heeft het pakket pywin32-ctypes en een aangemelde gebruikerssessie nodig)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the macOS Keychain cannot be reached (Composer must run in a logged-in user session that has a login keychain)</source>
        <translation>de macOS-sleutelhanger is niet bereikbaar (Composer moet draaien in een aangemelde gebruikerssessie met een inlogsleutelhanger)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no Secret Service is running. A Secret Service such as GNOME Keyring or KWallet must be running (a desktop session starts one; without a desktop, run Composer under dbus-run-session with gnome-keyring-daemon --unlock --components=secrets)</source>
        <translation>er draait geen Secret Service. Er moet een Secret Service zoals GNOME Keyring of KWallet draaien (een bureaubladsessie start er een; start Composer zonder bureaublad onder dbus-run-session met gnome-keyring-daemon --unlock --components=secrets)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Composer cannot store secrets: {what}. Composer keeps secrets only in the system keyring and refuses to store them anywhere else.</source>
        <extracomment>{what} says what is missing on this system.</extracomment>
        <translation>Composer kan geen geheimen opslaan: {what}. Composer bewaart geheimen alleen in de sleutelbos van het systeem en weigert ze ergens anders op te slaan.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Composer cannot store secrets: keyring is configured to store nothing (its null backend, set by `keyring --disable`, a keyringrc.cfg or PYTHON_KEYRING_BACKEND); remove that setting so the system keyring is used. Composer keeps secrets only in the system keyring and refuses to store them anywhere else.</source>
        <translation>Composer kan geen geheimen opslaan: keyring is zo ingesteld dat het niets opslaat (de null-backend, ingesteld met `keyring --disable`, een keyringrc.cfg of PYTHON_KEYRING_BACKEND); verwijder die instelling zodat de sleutelbos van het systeem wordt gebruikt. Composer bewaart geheimen alleen in de sleutelbos van het systeem en weigert ze ergens anders op te slaan.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Composer cannot store secrets: the configured keyring backend ({backend}) keeps them in a file, not in the system keyring. Composer keeps secrets only in the system keyring and refuses to store them anywhere else; remove keyrings.alt or choose the system backend.</source>
        <translation>Composer kan geen geheimen opslaan: de ingestelde keyring-backend ({backend}) bewaart ze in een bestand, niet in de sleutelbos van het systeem. Composer bewaart geheimen alleen in de sleutelbos van het systeem en weigert ze ergens anders op te slaan; verwijder keyrings.alt of kies de backend van het systeem.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{missing} (keyring could not choose a backend: {problem})</source>
        <extracomment>{problem} is the error, as Python names it (&quot;RuntimeError: …&quot;).</extracomment>
        <translation>{missing} (keyring kon geen backend kiezen: {problem})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The {secret} of account {account} is empty; nothing stored.</source>
        <translation>Het geheim {secret} van account {account} is leeg; er is niets opgeslagen.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the {secret} of account {account}</source>
        <translation>het geheim {secret} van account {account}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>store {what}</source>
        <extracomment>What could not be done; {what} is &quot;the refresh_token of account &apos;shop&apos;&quot;.</extracomment>
        <translation>het opslaan van {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read {what}</source>
        <translation>het lezen van {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete {what}</source>
        <translation>het verwijderen van {what}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not {action}: the keyring stopped answering. {missing}</source>
        <extracomment>{action} is &quot;store the refresh_token of account &apos;shop&apos;&quot;.</extracomment>
        <translation>Fout bij {action}: de sleutelbos reageert niet meer. {missing}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (the keyring said: {detail})</source>
        <translation> (melding van de sleutelbos: {detail})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not {action}: the keyring is locked and was not unlocked (the unlock prompt was dismissed or cannot be shown here){said}. Unlock your login keyring and try again.</source>
        <translation>Fout bij {action}: de sleutelbos is vergrendeld en niet ontgrendeld (het ontgrendelvenster is gesloten of kan hier niet worden getoond){said}. Ontgrendel je inlogsleutelbos en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not {action} in the keyring ({backend}): {problem}</source>
        <translation>Fout bij {action} in de sleutelbos ({backend}): {problem}</translation>
    </message>
</context>
<context>
    <name>MailWords</name>
    <message>
        <location filename="../composer/services/mail.py" line="+86"/>
        <source>{address} is not a buyer&apos;s anonymised Amazon address; Amazon relays e-mail to the buyer only through it (…@{domain})</source>
        <translation>{address} is geen geanonimiseerd Amazon-adres van een koper; Amazon stuurt e-mail alleen via zo&apos;n adres door naar de koper (…@{domain})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{address} is a buyer address of another marketplace; buyers of Amazon.{store} ({code}) are reached at …@{domain}</source>
        <translation>{address} is een koperadres van een andere marketplace; kopers van Amazon.{store} ({code}) zijn bereikbaar via …@{domain}</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>no encryption, this machine only</source>
        <translation>geen versleuteling, alleen deze computer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server {server} ({security}) accepted the login of {user}.</source>
        <extracomment>{server} is host:port, {security} &quot;STARTTLS&quot;, &quot;SSL&quot; or &quot;no encryption, this machine only&quot;.</extracomment>
        <translation>De mailserver {server} ({security}) heeft de aanmelding van {user} geaccepteerd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server {server} ({security}) answered.</source>
        <translation>De mailserver {server} ({security}) heeft geantwoord.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../composer/ui/main_window.py" line="+272"/>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message body</source>
        <translation>Berichttekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Character count</source>
        <translation>Aantal tekens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox summary</source>
        <translation>Overzicht Postvak UIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Formatting</source>
        <translation>Opmaak</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Sending</source>
        <translation>Verzenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ormat</source>
        <translation>&amp;Opmaak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Checks</source>
        <translation>&amp;Controles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Message</source>
        <translation>Be&amp;richt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New message</source>
        <translation>&amp;Nieuw bericht</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+757"/>
        <source>New message</source>
        <translation>Nieuw bericht</translation>
    </message>
    <message>
        <location line="-756"/>
        <source>&amp;Open a message file…</source>
        <translation>Berichtbestand &amp;openen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a message file</source>
        <translation>Berichtbestand openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Drafts…</source>
        <translation>&amp;Concepten…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drafts</source>
        <translation>Concepten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Templates…</source>
        <translation>&amp;Sjablonen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename draft…</source>
        <translation>Naam van concept &amp;wijzigen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+531"/>
        <source>Rename draft</source>
        <translation>Naam van concept wijzigen</translation>
    </message>
    <message>
        <location line="-529"/>
        <source>Copy as Amazon-safe &amp;HTML</source>
        <translation>Kopiëren als Amazon-veilige &amp;HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as Amazon-safe HTML</source>
        <translation>Kopiëren als Amazon-veilige HTML</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy as plain &amp;text</source>
        <translation>Kopiëren als platte &amp;tekst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy as plain text</source>
        <translation>Kopiëren als platte tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channel preview…</source>
        <translation>&amp;Kanaalvoorbeeld…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel preview</source>
        <translation>Kanaalvoorbeeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>Opnie&amp;uw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bold</source>
        <translation>&amp;Vet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bold</source>
        <translation>Vet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Italic</source>
        <translation>&amp;Cursief</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Italic</source>
        <translation>Cursief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Underline</source>
        <translation>&amp;Onderstrepen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Underline</source>
        <translation>Onderstrepen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulleted &amp;list</source>
        <translation>&amp;Lijst met opsommingstekens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bulleted list</source>
        <translation>Lijst met opsommingstekens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Numbered list</source>
        <translation>&amp;Genummerde lijst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Numbered list</source>
        <translation>Genummerde lijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert https &amp;link…</source>
        <translation>https-link &amp;invoegen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Insert https link</source>
        <translation>https-link invoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove link</source>
        <translation>Link ve&amp;rwijderen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove link</source>
        <translation>Link verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix all &amp;safe problems</source>
        <translation>Alle veilige correcties &amp;toepassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fix all safe problems</source>
        <translation>Alle veilige correcties toepassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next problem</source>
        <translation>&amp;Volgend probleem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next problem</source>
        <translation>Volgend probleem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ignored rules…</source>
        <translation>&amp;Genegeerde regels…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ignored rules</source>
        <translation>Genegeerde regels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send…</source>
        <translation>&amp;Verzenden…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send</source>
        <translation>Verzenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outbox</source>
        <translation>&amp;Postvak UIT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outbox</source>
        <translation>Postvak UIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seller &amp;accounts…</source>
        <translation>Verkopers&amp;accounts…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seller accounts</source>
        <translation>Verkopersaccounts</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>The check failed: {error}</source>
        <translation>De controle is mislukt: {error}</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Ignore this rule</source>
        <translation>Deze regel negeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop checking “{rule}” in every message? Amazon still applies it. Checks › Ignored rules… turns it back on.</source>
        <translation>„{rule}” in geen enkel bericht meer controleren? Amazon past de regel nog steeds toe. Via Controles › Genegeerde regels… zet je hem weer aan.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Could not add “{word}”: {error}</source>
        <translation>Kan „{word}” niet toevoegen: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Looking for suggestions…</source>
        <translation>Suggesties zoeken…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Suggestions</source>
        <translation>Suggesties</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No suggestions</source>
        <translation>Geen suggesties</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>Insert link</source>
        <translation>Link invoegen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Address (https:// only):</source>
        <translation>Adres (alleen https://):</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The draft could not be saved: {error}</source>
        <translation>Het concept kan niet worden opgeslagen: {error}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} cannot be opened: {error}</source>
        <translation>{file} kan niet worden geopend: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open a message</source>
        <translation>Bericht openen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages ({patterns})</source>
        <translation>Berichten ({patterns})</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Copied as Amazon-safe HTML (and as plain text).</source>
        <translation>Gekopieerd als Amazon-veilige HTML (en als platte tekst).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied as plain text.</source>
        <translation>Gekopieerd als platte tekst.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exported to {path}</source>
        <translation>Geëxporteerd naar {path}</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The outbox cannot be opened: {error}</source>
        <translation>Het Postvak UIT kan niet worden geopend: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Message {id}, order {order}: {outcome}</source>
        <translation>Bericht {id}, bestelling {order}: {outcome}</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n wacht op verzending</numerusform>
            <numerusform>%n wachten op verzending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n uncertain: decide in the outbox</source>
        <translation>
            <numerusform>%n onzeker: beslis in het Postvak UIT</numerusform>
            <numerusform>%n onzeker: beslis in het Postvak UIT</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox: {summary}</source>
        <translation>Postvak UIT: {summary}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n message(s) being sent when Composer stopped: the buyer may or may not have them. Check, then decide in the outbox (Message › Outbox).</source>
        <translation>
            <numerusform>%n bericht werd verzonden toen Composer stopte: misschien heeft de koper het, misschien niet. Controleer het en beslis daarna in het Postvak UIT (Bericht › Postvak UIT).</numerusform>
            <numerusform>%n berichten werden verzonden toen Composer stopte: misschien heeft de koper ze, misschien niet. Controleer het en beslis daarna in het Postvak UIT (Bericht › Postvak UIT).</numerusform>
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
        <translation>{count} / {limit} tekens</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln teken</numerusform>
            <numerusform>%Ln tekens</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removed what Amazon does not accept: {removed}.</source>
        <translation>Verwijderd wat Amazon niet accepteert: {removed}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was inserted: {reason}</source>
        <translation>Er is niets ingevoegd: {reason}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Composer closes as soon as the message being sent (or the check with Amazon) has its answer.</source>
        <translation>Composer sluit af zodra het bericht dat wordt verzonden (of de controle bij Amazon) antwoord heeft gekregen.</translation>
    </message>
</context>
<context>
    <name>MarketplaceWords</name>
    <message>
        <location filename="../composer/services/marketplaces.py" line="+272"/>
        <source>unknown marketplace {key}; known: {codes}</source>
        <translation>onbekende marketplace {key}; bekende marketplaces: {codes}</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <location filename="../composer/ui/editor.py" line="+47"/>
        <source>Write your message to the buyer…</source>
        <translation>Schrijf je bericht aan de koper…</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>a buyer message is a few thousand characters at most, and this would make it {count} (the limit here is {limit})</source>
        <translation>een bericht aan een koper is hooguit een paar duizend tekens, en hiermee zou het {count} tekens worden (de limiet is hier {limit})</translation>
    </message>
</context>
<context>
    <name>MessageFileWords</name>
    <message>
        <location filename="../composer/services/message_files.py" line="+70"/>
        <source>unsupported file type &apos;{suffix}&apos; (use {suffixes})</source>
        <translation>bestandstype „{suffix}” wordt niet ondersteund (gebruik {suffixes})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>too large for a message ({size} MB; the limit is {limit} MB)</source>
        <translation>te groot voor een bericht ({size} MB; de limiet is {limit} MB)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is a directory</source>
        <translation>is een map</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no such file</source>
        <translation>bestand bestaat niet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>permission denied</source>
        <translation>geen toegang</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>binary file, not a message</source>
        <translation>binair bestand, geen bericht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not valid UTF-8 (byte {byte} at offset {offset})</source>
        <translation>geen geldige UTF-8 (byte {byte} op positie {offset})</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>malformed JSON at line {line} column {column}: {problem}</source>
        <translation>ongeldige JSON op regel {line}, kolom {column}: {problem}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the JSON must be an object with at least a {field}</source>
        <translation>de JSON moet een object zijn met ten minste het veld {field}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown field &apos;{field}&apos; (known: {fields})</source>
        <translation>onbekend veld „{field}” (bekend: {fields})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{field} is missing or not a string</source>
        <translation>{field} ontbreekt of is geen tekenreeks</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{field} must be {choices}, not {value}</source>
        <translation>{field} moet {choices} zijn, niet {value}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{field} must be one of {choices}, not {value}</source>
        <translation>{field} moet een van {choices} zijn, niet {value}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{field} must be true or false</source>
        <translation>{field} moet true of false zijn</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{field} must be a string</source>
        <translation>{field} moet een tekenreeks zijn</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{field} is not a date (YYYY-MM-DD): {value}</source>
        <translation>{field} is geen datum (JJJJ-MM-DD): {value}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{field} must be a list</source>
        <translation>{field} moet een lijst zijn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>attachment {n} needs a {field}</source>
        <translation>bijlage {n} heeft een {field} nodig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>attachment {n}: {field} must be a number of bytes</source>
        <translation>bijlage {n}: {field} moet een aantal bytes zijn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>attachment {n}: {field} must be a string</source>
        <translation>bijlage {n}: {field} moet een tekenreeks zijn</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>binary file, not an e-mail</source>
        <translation>binair bestand, geen e-mail</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a readable e-mail: {problem}</source>
        <translation>geen leesbare e-mail: {problem}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no e-mail headers (Subject, From, To, Content-Type)</source>
        <translation>geen e-mailheaders (Subject, From, To, Content-Type)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the message text cannot be decoded: {problem}</source>
        <translation>de berichttekst kan niet worden gedecodeerd: {problem}</translation>
    </message>
</context>
<context>
    <name>NoteWords</name>
    <message>
        <location filename="../composer/policy/engine.py" line="+319"/>
        <source>No phrase data for {language}: purposes and wording rules were not checked; contacts, links, emoji and formatting were.</source>
        <extracomment>{language} is a language&apos;s name (&quot;Swedish&quot;).</extracomment>
        <translation>Geen zinsgegevens voor {language}: doelen en formuleringsregels zijn niet gecontroleerd; contactgegevens, links, emoji&apos;s en opmaak wel.</translation>
    </message>
    <message>
        <location filename="../composer/policy/rules/spelling.py" line="+103"/>
        <source>Spelling was not checked: there is no {language} dictionary (pyspellchecker ships {languages}).</source>
        <extracomment>{language} is a language&apos;s name, {languages} the codes of the dictionaries at hand.</extracomment>
        <translation>Spelling is niet gecontroleerd: er is geen woordenboek voor {language} (pyspellchecker bevat {languages}).</translation>
    </message>
</context>
<context>
    <name>OrderFields</name>
    <message>
        <location filename="../composer/ui/order_fields.py" line="+31"/>
        <source>E-mail to the buyer&apos;s Amazon address</source>
        <translation>E-mail naar het Amazon-adres van de koper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selling Partner API</source>
        <translation>Selling Partner API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seller Central (Contact Buyer)</source>
        <translation>Seller Central (Contact opnemen met koper)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Order</source>
        <translation>Bestelling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order details</source>
        <translation>Bestelgegevens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order &amp;ID:</source>
        <translation>Bestel&amp;nummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order &amp;date:</source>
        <translation>Besteld&amp;atum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;livery date:</source>
        <translation>Be&amp;zorgdatum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Marketplace:</source>
        <translation>&amp;Marketplace:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Buyer language:</source>
        <translation>&amp;Taal van de koper:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanaal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message &amp;type:</source>
        <translation>B&amp;erichttype:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order ID</source>
        <translation>Bestelnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order date</source>
        <translation>Besteldatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery date</source>
        <translation>Bezorgdatum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer language</source>
        <translation>Taal van de koper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message type</source>
        <translation>Berichttype</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none chosen)</source>
        <translation>(geen gekozen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply to a message from the buyer</source>
        <translation>Antwoord op een bericht van de koper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to a buyer</source>
        <translation>Antwoord aan een koper</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../composer/ui/outbox_window.py" line="+54"/>
        <source>waiting</source>
        <translation>wachtend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>being sent</source>
        <translation>wordt verzonden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <location line="+124"/>
        <source>sent</source>
        <translation>verzonden</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uncertain</source>
        <translation>onzeker</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>recorded, waiting to be sent</source>
        <translation>vastgelegd, wacht op verzending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warnings confirmed by the user</source>
        <translation>waarschuwingen bevestigd door de gebruiker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handed to the network</source>
        <translation>doorgegeven aan het netwerk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no clear answer: uncertain</source>
        <translation>geen duidelijk antwoord: onzeker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>put back in the queue</source>
        <translation>terug in de wachtrij gezet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found half-sent after Composer stopped: uncertain</source>
        <translation>half verzonden aangetroffen nadat Composer was gestopt: onzeker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>queued again by the user</source>
        <translation>opnieuw in de wachtrij gezet door de gebruiker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked sent by the user</source>
        <translation>als verzonden gemarkeerd door de gebruiker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked not sent by the user</source>
        <translation>als niet verzonden gemarkeerd door de gebruiker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled by the user</source>
        <translation>geannuleerd door de gebruiker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>critical</source>
        <translation>kritiek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proactive</source>
        <translation>proactief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forbidden</source>
        <translation>verboden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Review request</source>
        <translation>Recensieverzoek</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sent. Amazon will send its review request to the buyer (request id {id}).</source>
        <translation>Verzonden. Amazon stuurt zijn eigen recensieverzoek naar de koper (verzoek-ID {id}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent. Amazon accepted it (request id {id}).</source>
        <translation>Verzonden. Amazon heeft het geaccepteerd (verzoek-ID {id}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent. The mail server accepted it for Amazon&apos;s relay to the buyer (message id {id}).</source>
        <translation>Verzonden. De mailserver heeft het geaccepteerd; Amazon stuurt het door naar de koper (bericht-ID {id}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent. {reason}</source>
        <translation>Verzonden. {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: {reason}</source>
        <translation>Niet verzonden: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not sent: Amazon refused it ({code}): “{reply}” Nothing reached the buyer. Correct the cause, then use Retry in the outbox.</source>
        <translation>Niet verzonden: Amazon heeft het geweigerd ({code}): „{reply}” Er is niets bij de koper aangekomen. Los de oorzaak op en kies daarna Opnieuw proberen in het Postvak UIT.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sent: the mail server refused it ({code}): “{reply}” Nothing reached the buyer. Correct the cause, then use Retry in the outbox.</source>
        <translation>Niet verzonden: de mailserver heeft het geweigerd ({code}): „{reply}” Er is niets bij de koper aangekomen. Los de oorzaak op en kies daarna Opnieuw proberen in het Postvak UIT.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sent. {reason}</source>
        <translation>Niet verzonden. {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent yet.</source>
        <translation>Nog niet verzonden.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Waiting in the outbox: {reason} It is not tried before {time}. It goes out by itself: Composer tries again every %n seconds while it is open.</source>
        <translation>
            <numerusform>Wacht in het Postvak UIT: {reason} Er wordt pas vanaf {time} opnieuw geprobeerd. Het wordt vanzelf verzonden: zolang Composer open is, probeert het elke %n seconde opnieuw.</numerusform>
            <numerusform>Wacht in het Postvak UIT: {reason} Er wordt pas vanaf {time} opnieuw geprobeerd. Het wordt vanzelf verzonden: zolang Composer open is, probeert het om de %n seconden opnieuw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Waiting in the outbox: {reason} It goes out by itself: Composer tries again every %n seconds while it is open.</source>
        <translation>
            <numerusform>Wacht in het Postvak UIT: {reason} Het wordt vanzelf verzonden: zolang Composer open is, probeert het elke %n seconde opnieuw.</numerusform>
            <numerusform>Wacht in het Postvak UIT: {reason} Het wordt vanzelf verzonden: zolang Composer open is, probeert het om de %n seconden opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Uncertain: {reason}
Amazon may have it. Composer will not send it again by itself, because the buyer would get it twice. Ask Amazon whether a review request is still allowed for the order (if not, it went out), then decide in the outbox: Mark sent, Mark not sent, or I checked: send again.</source>
        <translation>Onzeker: {reason}
Misschien heeft Amazon het ontvangen. Composer verzendt het niet vanzelf opnieuw, want dan zou de koper het twee keer krijgen. Vraag Amazon of een recensieverzoek voor de bestelling nog is toegestaan (zo niet, dan is het verzonden) en beslis daarna in het Postvak UIT: Markeren als verzonden, Markeren als niet verzonden of Gecontroleerd: opnieuw verzenden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Uncertain: {reason}
Amazon may have it. Composer will not send it again by itself, because the buyer would get it twice. Check the order&apos;s sent messages in Seller Central (Buyer-Seller Messages), then decide in the outbox: Mark sent, Mark not sent, or I checked: send again.</source>
        <translation>Onzeker: {reason}
Misschien heeft Amazon het ontvangen. Composer verzendt het niet vanzelf opnieuw, want dan zou de koper het twee keer krijgen. Controleer de verzonden berichten van de bestelling in Seller Central (Berichten koper-verkoper) en beslis daarna in het Postvak UIT: Markeren als verzonden, Markeren als niet verzonden of Gecontroleerd: opnieuw verzenden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Uncertain: {reason}
The mail server may have it. Composer will not send it again by itself, because the buyer would get it twice. Check the order&apos;s sent messages in Seller Central (Buyer-Seller Messages), then decide in the outbox: Mark sent, Mark not sent, or I checked: send again.</source>
        <translation>Onzeker: {reason}
Misschien heeft de mailserver het ontvangen. Composer verzendt het niet vanzelf opnieuw, want dan zou de koper het twee keer krijgen. Controleer de verzonden berichten van de bestelling in Seller Central (Berichten koper-verkoper) en beslis daarna in het Postvak UIT: Markeren als verzonden, Markeren als niet verzonden of Gecontroleerd: opnieuw verzenden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Being sent…</source>
        <translation>Wordt verzonden…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sent · {id}</source>
        <translation>verzonden · {id}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>check Seller Central, then decide</source>
        <translation>controleer Seller Central en beslis dan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting to go out</source>
        <translation>wacht op verzending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>being sent…</source>
        <translation>wordt verzonden…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{order} ({marketplace})</source>
        <translation>{order} ({marketplace})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order</source>
        <translation>Bestelling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text sent</source>
        <translation>Verzonden tekst</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon writes the review request itself: no text of yours.</source>
        <translation>Amazon schrijft het recensieverzoek zelf: er gaat geen tekst van jou mee.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category: {category}</source>
        <translation>Categorie: {category}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No check (Amazon&apos;s own text).</source>
        <translation>Geen controle (tekst van Amazon zelf).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warnings confirmed by the user ({time})</source>
        <translation>Waarschuwingen bevestigd door de gebruiker ({time})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amazon&apos;s reply</source>
        <translation>Antwoord van Amazon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s reply</source>
        <translation>Antwoord van de server</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{event} (you)</source>
        <translation>{event} (jij)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The buyer may already have message {id} (order {order}): the last attempt went out without a clear answer.

Send it again only if you checked that Amazon still offers a review request for this order. Did you check, and send it again?</source>
        <translation>Misschien heeft de koper bericht {id} (bestelling {order}) al: de laatste poging is verstuurd zonder duidelijk antwoord.

Verzend het alleen opnieuw als je hebt gecontroleerd dat Amazon voor deze bestelling nog een recensieverzoek aanbiedt. Heb je dat gecontroleerd en wil je het opnieuw verzenden?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The buyer may already have message {id} (order {order}): the last attempt went out without a clear answer.

Send it again only if you checked that the message is not among the order&apos;s sent messages in Seller Central. Did you check, and send it again?</source>
        <translation>Misschien heeft de koper bericht {id} (bestelling {order}) al: de laatste poging is verstuurd zonder duidelijk antwoord.

Verzend het alleen opnieuw als je hebt gecontroleerd dat het bericht niet bij de verzonden berichten van de bestelling in Seller Central staat. Heb je dat gecontroleerd en wil je het opnieuw verzenden?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send again</source>
        <translation>Opnieuw verzenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I checked: send again</source>
        <translation>Gecontroleerd: opnieuw verzenden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the outbox as CSV</source>
        <translation>Postvak UIT exporteren als CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>composer-outbox</source>
        <comment>a file name</comment>
        <translation>composer-postvak-uit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV for spreadsheets ({patterns})</source>
        <translation>CSV voor spreadsheets ({patterns})</translation>
    </message>
</context>
<context>
    <name>OutboxCli</name>
    <message>
        <location filename="../composer/cli_outbox.py" line="+160"/>
        <source>list, show, retry, mark and export the messages sent</source>
        <translation>de verzonden berichten weergeven, bekijken, opnieuw proberen, markeren en exporteren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The outbox and audit log: every message Composer handed to Amazon or the mail server, with its check, the warnings you confirmed and the answer. States: queued, sending, sent, failed, uncertain (it went out without a clear answer: check Seller Central, then mark it, or retry it with --i-checked). Exit status 0: done; 1: a message was not sent; 2: bad usage or an unreadable database.</source>
        <extracomment>The state names (queued, sending, sent, failed, uncertain) are typed as they are.</extracomment>
        <translation>Het Postvak UIT en het auditlogboek: elk bericht dat Composer aan Amazon of de mailserver heeft doorgegeven, met de controle, de waarschuwingen die je hebt bevestigd en het antwoord. Statussen: queued, sending, sent, failed, uncertain (verzonden zonder duidelijk antwoord: controleer Seller Central en markeer het daarna, of probeer het opnieuw met --i-checked). Afsluitstatus 0: klaar; 1: een bericht is niet verzonden; 2: onjuist gebruik of een onleesbare database.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>list the messages, newest first</source>
        <translation>de berichten weergeven, nieuwste eerst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this state</source>
        <translation>alleen deze status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this order</source>
        <translation>alleen deze bestelling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this account</source>
        <translation>alleen dit account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most N (default 50)</source>
        <translation>hoogstens N (standaard 50)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one message: what was sent, its check and history</source>
        <translation>één bericht: wat er is verzonden, de controle en de geschiedenis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>send a failed or uncertain message again, and what waits in the queue</source>
        <translation>een mislukt of onzeker bericht opnieuw verzenden, en wat in de wachtrij staat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue message ID again (a failed one; an uncertain one only with --i-checked, after checking in Seller Central that the buyer did not get it), then send everything that waits in the queue. Without ID: only the queue.</source>
        <translation>Zet bericht ID opnieuw in de wachtrij (een mislukt bericht; een onzeker bericht alleen met --i-checked, nadat je in Seller Central hebt gecontroleerd dat de koper het niet heeft ontvangen) en verzendt daarna alles wat in de wachtrij staat. Zonder ID: alleen de wachtrij.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>you checked in Seller Central that the uncertain message did not arrive</source>
        <translation>je hebt in Seller Central gecontroleerd dat het onzekere bericht niet is aangekomen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>settle an uncertain message: sent or not-sent</source>
        <translation>een onzeker bericht afhandelen: sent of not-sent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>withdraw a queued message before it goes out</source>
        <translation>een bericht uit de wachtrij intrekken voordat het wordt verzonden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>write the log as CSV (UTF-8, for Excel) for an A-to-Z claim</source>
        <translation>het logboek als CSV schrijven (UTF-8, voor Excel) voor een claim onder de A-tot-Z-garantie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>only this message</source>
        <translation>alleen dit bericht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the folder of Composer&apos;s database and accounts, as the window&apos;s --data-dir (default: your user data and config folders)</source>
        <translation>de map met de database en de accounts van Composer, zoals --data-dir van het venster (standaard: je mappen voor gebruikersgegevens en configuratie)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>note: message {id} was being sent when Composer stopped; it is now uncertain (see: composer outbox show {id})</source>
        <translation>opmerking: bericht {id} werd verzonden toen Composer stopte; het is nu onzeker (zie: composer outbox show {id})</translation>
    </message>
    <message numerus="yes">
        <location line="+233"/>
        <source>%n message(s) written to {path}</source>
        <translation>
            <numerusform>%n bericht geschreven naar {path}</numerusform>
            <numerusform>%n berichten geschreven naar {path}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown action {action}</source>
        <translation>onbekende actie {action}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--limit must be 1 or more</source>
        <translation>--limit moet 1 of meer zijn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No message matches.</source>
        <translation>Geen overeenkomende berichten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The outbox is empty.</source>
        <translation>Het Postvak UIT is leeg.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>text sent:</source>
        <translation>verzonden tekst:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check findings:</source>
        <translation>bevindingen van de controle:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>warnings confirmed ({when}):</source>
        <translation>bevestigde waarschuwingen ({when}):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>history:</source>
        <translation>geschiedenis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (by you)</source>
        <translation> (door jou)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>next: check the order&apos;s messages in Seller Central, then: composer outbox mark {id} sent|not-sent, or composer outbox retry {id} --i-checked</source>
        <translation>volgende stap: controleer de berichten van de bestelling in Seller Central, daarna: composer outbox mark {id} sent|not-sent, of composer outbox retry {id} --i-checked</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>queued again: {message}</source>
        <translation>opnieuw in de wachtrij gezet: {message}</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n message(s) still wait in the queue</source>
        <translation>
            <numerusform>%n bericht wacht nog in de wachtrij</numerusform>
            <numerusform>%n berichten wachten nog in de wachtrij</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was due to be sent.</source>
        <translation>Er hoefde niets te worden verzonden.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>reference {reference}</source>
        <translation>referentie {reference}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>message</source>
        <comment>outbox show label</comment>
        <extracomment>The labels of &quot;composer outbox show&quot;&apos;s lines (&quot;label: value&quot;).</extracomment>
        <translation>bericht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{state} (attempts: {attempts})</source>
        <extracomment>{state} is the state&apos;s name (queued, sending, sent, failed, uncertain), typed as it is.</extracomment>
        <translation>{state} (pogingen: {attempts})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>state</source>
        <comment>outbox show label</comment>
        <translation>status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reason</source>
        <comment>outbox show label</comment>
        <translation>reden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account</source>
        <comment>outbox show label</comment>
        <translation>account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order</source>
        <comment>outbox show label</comment>
        <translation>bestelling</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>channel</source>
        <comment>outbox show label</comment>
        <translation>kanaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message type</source>
        <comment>outbox show label</comment>
        <translation>berichttype</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <comment>outbox show label</comment>
        <translation>aan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from</source>
        <comment>outbox show label</comment>
        <translation>van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject</source>
        <comment>outbox show label</comment>
        <translation>onderwerp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attachments</source>
        <comment>outbox show label</comment>
        <translation>bijlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{start} to {end}</source>
        <comment>warranty period</comment>
        <translation>{start} tot en met {end}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warranty</source>
        <comment>outbox show label</comment>
        <translation>garantie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{category}; rules: {rules}</source>
        <extracomment>{category} is the category&apos;s id, {rules} the rule ids (or &quot;none&quot;), typed as they are.</extracomment>
        <translation>{category}; regels: {rules}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <comment>no rule ids</comment>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check</source>
        <comment>outbox show label</comment>
        <translation>controle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recorded</source>
        <comment>outbox show label</comment>
        <translation>vastgelegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not before</source>
        <comment>outbox show label</comment>
        <translation>niet vóór</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reply reference</source>
        <comment>outbox show label</comment>
        <translation>antwoordreferentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reply code</source>
        <comment>outbox show label</comment>
        <translation>antwoordcode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reply</source>
        <comment>outbox show label</comment>
        <translation>antwoord</translation>
    </message>
</context>
<context>
    <name>OutboxState</name>
    <message>
        <location filename="../composer/services/outbox.py" line="+124"/>
        <source>queued</source>
        <translation>in de wachtrij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending</source>
        <translation>bezig met verzenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>verzonden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uncertain</source>
        <translation>onzeker</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <location filename="../composer/ui/outbox_window.py" line="+69"/>
        <source>Outbox – Composer</source>
        <translation>Postvak UIT – Composer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox</source>
        <translation>Postvak UIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox messages</source>
        <translation>Berichten in het Postvak UIT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Bestelling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message details</source>
        <translation>Berichtdetails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox status</source>
        <translation>Status van het Postvak UIT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Retry</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retry</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I checked: send &amp;again…</source>
        <translation>Gecontroleerd: opnieuw ver&amp;zenden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I checked: send again</source>
        <translation>Gecontroleerd: opnieuw verzenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;sent</source>
        <translation>Markeren als &amp;verzonden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark sent</source>
        <translation>Markeren als verzonden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;not sent</source>
        <translation>Markeren als &amp;niet verzonden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark not sent</source>
        <translation>Markeren als niet verzonden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel sending</source>
        <translation>Verzenden &amp;annuleren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel sending</source>
        <translation>Verzenden annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exporteren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export CSV</source>
        <translation>CSV exporteren</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The outbox cannot be read: {error}</source>
        <translation>Het Postvak UIT kan niet worden gelezen: {error}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Nothing sent yet.</source>
        <translation>Nog niets verzonden.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a message.</source>
        <translation>Kies een bericht.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Message {id}: {outcome}</source>
        <translation>Bericht {id}: {outcome}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <source>Not queued again: {error}</source>
        <translation>Niet opnieuw in de wachtrij gezet: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not marked: {error}</source>
        <translation>Niet gemarkeerd: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not cancelled: {error}</source>
        <translation>Niet geannuleerd: {error}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not exported: {error}</source>
        <translation>Niet geëxporteerd: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %Ln message(s) to {path}.</source>
        <translation>
            <numerusform>%Ln bericht geëxporteerd naar {path}.</numerusform>
            <numerusform>%Ln berichten geëxporteerd naar {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxWords</name>
    <message>
        <location filename="../composer/services/outbox.py" line="-45"/>
        <source>Composer stopped while this message was being sent, so it may or may not have reached the buyer. Check the order&apos;s messages in Seller Central, then mark it sent or not sent, or send it again.</source>
        <translation>Composer is gestopt terwijl dit bericht werd verzonden; misschien heeft het de koper bereikt, misschien niet. Controleer de berichten van de bestelling in Seller Central en markeer het daarna als verzonden of niet verzonden, of verzend het opnieuw.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The user checked: the buyer got it.</source>
        <translation>De gebruiker heeft gecontroleerd: de koper heeft het ontvangen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user checked: the buyer got it. {note}</source>
        <translation>De gebruiker heeft gecontroleerd: de koper heeft het ontvangen. {note}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user checked: the buyer did not get it.</source>
        <translation>De gebruiker heeft gecontroleerd: de koper heeft het niet ontvangen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user checked: the buyer did not get it. {note}</source>
        <translation>De gebruiker heeft gecontroleerd: de koper heeft het niet ontvangen. {note}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled by the user.</source>
        <translation>Geannuleerd door de gebruiker.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled by the user. {note}</source>
        <translation>Geannuleerd door de gebruiker. {note}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>after checking it had not arrived</source>
        <translation>na controle dat het niet was aangekomen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>after checking it had not arrived {note}</source>
        <translation>na controle dat het niet was aangekomen {note}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{reason} (not before {time})</source>
        <extracomment>{reason} says why the message waits; {time} is when it may go out (UTC).</extracomment>
        <translation>{reason} (niet vóór {time})</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>record the message in the outbox</source>
        <translation>het vastleggen van het bericht in het Postvak UIT</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>start sending the message</source>
        <translation>het starten van de verzending van het bericht</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>put the message back in the queue</source>
        <translation>het terugzetten van het bericht in de wachtrij</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>queue the message again</source>
        <translation>het opnieuw in de wachtrij zetten van het bericht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message {id} may have reached the buyer already. Check the order&apos;s messages in Seller Central first; send it again only if it is not there (confirm that you checked).</source>
        <translation>Bericht {id} is misschien al bij de koper aangekomen. Controleer eerst de berichten van de bestelling in Seller Central; verzend het alleen opnieuw als het daar niet staat (en bevestig dat je dat hebt gecontroleerd).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sent again</source>
        <translation>opnieuw verzenden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>mark the message</source>
        <translation>het markeren van het bericht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>marked sent or not sent</source>
        <translation>markeren als verzonden of niet verzonden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cancel the message</source>
        <translation>het annuleren van het bericht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancelled</source>
        <translation>annuleren</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+42"/>
        <location line="+91"/>
        <source>read the outbox</source>
        <translation>het lezen van het Postvak UIT</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>count the outbox</source>
        <translation>het tellen van de berichten in het Postvak UIT</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>read the message&apos;s attachments</source>
        <translation>het lezen van de bijlagen van het bericht</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>record the outcome of the send</source>
        <translation>het vastleggen van het resultaat van de verzending</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>recover the interrupted sends</source>
        <translation>het herstellen van de onderbroken verzendingen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>read the outbox&apos;s history</source>
        <translation>het lezen van de geschiedenis van het Postvak UIT</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>message {id}</source>
        <translation>bericht {id}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message {id} is waiting: Amazon asked to wait before sending again</source>
        <translation>Bericht {id} wacht: Amazon heeft gevraagd te wachten voordat er opnieuw wordt verzonden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sent now</source>
        <translation>nu verzenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message {id} is {state}, not being sent by this Composer</source>
        <extracomment>{state} is the message&apos;s state (&quot;queued&quot;, &quot;sent&quot; …).</extracomment>
        <translation>Bericht {id} is {state} en wordt niet door deze instantie van Composer verzonden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>state</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>outbox message {id}</source>
        <translation>bericht {id} in het Postvak UIT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>channel</source>
        <translation>kanaal</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>confirmed warnings</source>
        <translation>bevestigde waarschuwingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coverage start</source>
        <translation>begin van de garantieperiode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coverage end</source>
        <translation>einde van de garantieperiode</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>rule ids</source>
        <translation>regel-ID&apos;s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>confirmation time</source>
        <translation>tijdstip van bevestiging</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>files</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>time to wait for</source>
        <translation>tijdstip waarop het wachten eindigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time of recording</source>
        <translation>tijdstip van vastleggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time of the last change</source>
        <translation>tijdstip van de laatste wijziging</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the history of outbox message {id}</source>
        <translation>de geschiedenis van bericht {id} in het Postvak UIT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>actor</source>
        <translation>uitvoerder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time</source>
        <translation>tijdstip</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot prepare sending: {folder} cannot be written ({reason})</source>
        <translation>Kan het verzenden niet voorbereiden: er kan niet worden geschreven in {folder} ({reason})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot prepare sending: cannot lock a file in {folder}</source>
        <translation>Kan het verzenden niet voorbereiden: kan geen bestand vergrendelen in {folder}</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>There is no message {id} in the outbox</source>
        <translation>Er is geen bericht {id} in het Postvak UIT</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Message {id} is {state}: it cannot be {wanted}</source>
        <extracomment>{state} is the message&apos;s state (&quot;queued&quot;, &quot;sent&quot; …), {wanted} &quot;sent again&quot;, &quot;cancelled&quot; …</extracomment>
        <translation>Bericht {id} is {state}: {wanted} is niet mogelijk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot record the message: {reason}</source>
        <translation>Kan het bericht niet vastleggen: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>account</source>
        <translation>account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order id</source>
        <translation>bestelnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marketplace</source>
        <translation>marketplace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message type</source>
        <translation>berichttype</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject</source>
        <translation>onderwerp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>html</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recipient</source>
        <translation>ontvanger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sender</source>
        <translation>afzender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category</source>
        <translation>categorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>findings</source>
        <translation>bevindingen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the {field} must be text, not {kind}</source>
        <extracomment>{field} is &quot;order id&quot;, &quot;subject&quot; …; {kind} Python&apos;s name of a type.</extracomment>
        <translation>het veld {field} moet tekst zijn, niet {kind}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the {field} is missing</source>
        <translation>het veld {field} ontbreekt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the {field} is longer than {limit} characters</source>
        <translation>het veld {field} is langer dan {limit} tekens</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the {field} has an invalid character (half a surrogate pair)</source>
        <translation>het veld {field} bevat een ongeldig teken (de helft van een surrogaatpaar)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the {field} must be one line</source>
        <translation>het veld {field} moet uit één regel bestaan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected an OutgoingMessage, not {kind}</source>
        <translation>een OutgoingMessage verwacht, geen {kind}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown channel {channel}</source>
        <translation>onbekend kanaal {channel}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Composer cannot send by {channel} (only sp-api and email)</source>
        <translation>Composer kan niet verzenden via {channel} (alleen sp-api en email)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>an SP-API message needs its message type</source>
        <translation>een SP-API-bericht heeft een berichttype nodig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a rule id: {rule}</source>
        <translation>geen regel-ID: {rule}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the time of confirmation must carry a time zone</source>
        <translation>het tijdstip van bevestiging moet een tijdzone bevatten</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n files; at most {limit}</source>
        <translation>
            <numerusform>%n bestand; maximaal {limit}</numerusform>
            <numerusform>%n bestanden; maximaal {limit}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file {name} has no bytes</source>
        <translation>het bestand {name} is leeg (0 bytes)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file {name} is larger than 10 MB</source>
        <translation>het bestand {name} is groter dan 10 MB</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a file name: {name}</source>
        <translation>geen bestandsnaam: {name}</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Cannot write in {folder}: {reason}</source>
        <translation>Kan niet schrijven in {folder}: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Kan {path} niet schrijven: {reason}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../composer/ui/preferences_dialog.py" line="+55"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Taal van de interface:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language</source>
        <translation>Taal van de interface</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default ({language})</source>
        <translation>Systeemstandaard ({language})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Menus, dialogs and the checks&apos; messages switch at once. Your messages and templates stay as you wrote them.</source>
        <translation>Menu&apos;s, dialoogvensters en de meldingen van de controles wisselen meteen van taal. Je berichten en sjablonen blijven zoals je ze hebt geschreven.</translation>
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
        <translation>stijlblad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>embedded content</source>
        <translation>ingesloten inhoud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image</source>
        <translation>afbeelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>formula</source>
        <translation>formule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>form</source>
        <translation>formulier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strikethrough</source>
        <translation>doorhaling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>superscript/subscript</source>
        <translation>superscript/subscript</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>font size</source>
        <translation>lettergrootte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>font family</source>
        <translation>lettertype</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>background colour</source>
        <translation>achtergrondkleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alignment</source>
        <translation>uitlijning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>margins</source>
        <translation>marges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heading size</source>
        <translation>kopgrootte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table layout</source>
        <translation>tabelindeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>javascript link</source>
        <translation>javascript-link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data link</source>
        <translation>data-link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file link</source>
        <translation>bestandslink</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail link</source>
        <translation>e-maillink</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone link</source>
        <translation>telefoonlink</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link without a web address</source>
        <translation>link zonder webadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra blank lines</source>
        <translation>extra lege regels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>insecure (http) link</source>
        <translation>onveilige (http-)link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text colour</source>
        <translation>tekstkleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line height</source>
        <translation>regelhoogte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>borders</source>
        <translation>randen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letter spacing</source>
        <translation>tekenafstand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capitalisation style</source>
        <translation>hoofdlettergebruik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tracking pixel</source>
        <translation>trackingpixel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>horizontal line</source>
        <translation>horizontale lijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden text</source>
        <translation>verborgen tekst</translation>
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
        <translation>een PDF-document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a PNG image</source>
        <translation>een PNG-afbeelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>a GIF image</source>
        <translation>een GIF-afbeelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a JPEG image</source>
        <translation>een JPEG-afbeelding</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a ZIP archive (or a Word, Excel or OpenDocument file)</source>
        <translation>een ZIP-archief (of een Word-, Excel- of OpenDocument-bestand)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an old Office document</source>
        <translation>een oud Office-document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a program</source>
        <translation>een programma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Windows program</source>
        <translation>een Windows-programma</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>too large to paste ({size} characters; the limit is {limit})</source>
        <translation>te groot om te plakken ({size} tekens; de limiet is {limit})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this is {kind}, not text</source>
        <extracomment>{kind} is &quot;a PDF document&quot;, &quot;a PNG image&quot; and the like.</extracomment>
        <translation>dit is {kind}, geen tekst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is binary data, not text</source>
        <translation>dit zijn binaire gegevens, geen tekst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this is binary data (or text in an unknown encoding), not text</source>
        <translation>dit zijn binaire gegevens (of tekst in een onbekende codering), geen tekst</translation>
    </message>
</context>
<context>
    <name>SendCli</name>
    <message>
        <location filename="../composer/cli_outbox.py" line="-673"/>
        <source>check a message and send it to the buyer (SP-API or e-mail)</source>
        <translation>een bericht controleren en naar de koper verzenden (SP-API of e-mail)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check a message file exactly as it will be sent and send it to the buyer of an order: by the SP-API (a message type Amazon allows for the order, or the review request) or by e-mail to the buyer&apos;s anonymised Amazon address. Errors block; warnings need your confirmation (asked on a terminal, or --confirm-warnings), which is kept in the outbox. Exit status 0: sent (or, with --dry-run, nothing blocks); 1: cannot be sent as written, or not sent; 2: bad usage or an unreadable file.</source>
        <translation>Controleert een berichtbestand precies zoals het wordt verzonden en verzendt het naar de koper van een bestelling: via de SP-API (een berichttype dat Amazon voor de bestelling toestaat, of het recensieverzoek) of per e-mail naar het geanonimiseerde Amazon-adres van de koper. Fouten blokkeren; waarschuwingen moet je bevestigen (in een terminal gevraagd, of met --confirm-warnings) en die bevestiging wordt bewaard in het Postvak UIT. Afsluitstatus 0: verzonden (of, met --dry-run, niets blokkeert); 1: kan niet zo worden verzonden, of niet verzonden; 2: onjuist gebruik of een onleesbaar bestand.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the message (.txt, .html, .eml, .json; -); none with --solicitation, whose text Amazon writes</source>
        <translation>het bericht (.txt, .html, .eml, .json; -); geen bij --solicitation, want dan schrijft Amazon de tekst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the account to send from</source>
        <translation>het account waarmee je verzendt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Amazon order id</source>
        <translation>het Amazon-bestelnummer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the SP-API message type (default: the file&apos;s, else the one the check proposes)</source>
        <translation>het SP-API-berichttype (standaard: dat van het bestand, anders het type dat de controle voorstelt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ask Amazon to send its review and feedback request (no text of yours is sent)</source>
        <translation>Amazon vragen zijn eigen verzoek om een recensie en feedback te sturen (er wordt geen tekst van jou verzonden)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sp-api (default) or email (the default when --to is given)</source>
        <translation>sp-api (standaard) of email (standaard als --to is opgegeven)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e-mail: the buyer&apos;s …@marketplace.amazon… address</source>
        <translation>e-mail: het …@marketplace.amazon…-adres van de koper</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the order&apos;s marketplace (default: the account&apos;s)</source>
        <translation>de marketplace van de bestelling (standaard: die van het account)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>when the order was delivered (the review request&apos;s 5-30 day window)</source>
        <translation>wanneer de bestelling is bezorgd (de termijn van 5 tot 30 dagen voor het recensieverzoek)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e-mail: the buyer&apos;s language (the SP-API asks Amazon for it)</source>
        <translation>e-mail: de taal van de koper (bij de SP-API vraagt Composer die op bij Amazon)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the message answers the buyer</source>
        <translation>het bericht is een antwoord aan de koper</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a file to attach (SP-API types that take files; repeatable, at most 5)</source>
        <translation>een bestand om bij te voegen (SP-API-typen die bestanden accepteren; herhaalbaar, hoogstens 5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>show what would be sent, the check and the allowed types; send nothing</source>
        <translation>tonen wat zou worden verzonden, de controle en de toegestane typen; niets verzenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>send despite warnings (your confirmation is recorded in the outbox)</source>
        <translation>verzenden ondanks waarschuwingen (je bevestiging wordt vastgelegd in het Postvak UIT)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>not a date (YYYY-MM-DD): {value}</source>
        <translation>geen datum (JJJJ-MM-DD): {value}</translation>
    </message>
    <message numerus="yes">
        <location line="+118"/>
        <source>cannot be sent: %n problem(s) above</source>
        <translation>
            <numerusform>kan niet worden verzonden: %n probleem hierboven</numerusform>
            <numerusform>kan niet worden verzonden: %n problemen hierboven</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dry run: nothing was sent</source>
        <translation>proefrun: er is niets verzonden</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n warning(s) need your confirmation: send again with --confirm-warnings if you mean to send it as it is</source>
        <translation>
            <numerusform>%n waarschuwing moet je bevestigen: verzend opnieuw met --confirm-warnings als je het bericht zo wilt verzenden</numerusform>
            <numerusform>%n waarschuwingen moet je bevestigen: verzend opnieuw met --confirm-warnings als je het bericht zo wilt verzenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Send despite %n warning(s)? Your answer is kept in the outbox. [y/N] </source>
        <extracomment>Keep &quot;[y/N]&quot;: the answers understood are y and yes.</extracomment>
        <translation>
            <numerusform>Toch verzenden ondanks %n waarschuwing? Je antwoord wordt bewaard in het Postvak UIT. [y/N] </numerusform>
            <numerusform>Toch verzenden ondanks %n waarschuwingen? Je antwoord wordt bewaard in het Postvak UIT. [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not sent</source>
        <translation>niet verzonden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>give the message FILE (only --solicitation goes without one)</source>
        <translation>geef het berichtbestand FILE op (alleen --solicitation kan zonder)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is about order {file_order}, not {order} (--order)</source>
        <translation>{file} gaat over bestelling {file_order}, niet over {order} (--order)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--type and --solicitation are SP-API messages, not e-mail</source>
        <translation>--type en --solicitation zijn SP-API-berichten, geen e-mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--to is the e-mail recipient; the SP-API knows the buyer by the order</source>
        <translation>--to is de ontvanger van de e-mail; de SP-API kent de koper via de bestelling</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{file} names attachments; give the files with --attach FILE (the SP-API uploads them)</source>
        <translation>{file} noemt bijlagen; geef de bestanden op met --attach FILE (de SP-API uploadt ze)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>account {account}, order {order}, Amazon.{domain} ({marketplace}), {channel}</source>
        <translation>account {account}, bestelling {order}, Amazon.{domain} ({marketplace}), {channel}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(none chosen)</source>
        <translation>(geen gekozen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message type: {type}</source>
        <translation>berichttype: {type}</translation>
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
        <translation>nee</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon allows a review request for this order now: {answer}</source>
        <translation>Amazon staat nu een recensieverzoek toe voor deze bestelling: {answer}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none at the moment</source>
        <translation>momenteel geen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>types Amazon allows for this order: {types}</source>
        <translation>typen die Amazon voor deze bestelling toestaat: {types}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>buyer&apos;s language (Amazon): {language}</source>
        <translation>taal van de koper (Amazon): {language}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no address)</source>
        <translation>(geen adres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to: {address}</source>
        <translation>aan: {address}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from: {address}</source>
        <translation>van: {address}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject: {subject}</source>
        <translation>onderwerp: {subject}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>attachment: {name} ({size} bytes)</source>
        <translation>bijlage: {name} ({size} bytes)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>text sent:</source>
        <translation>verzonden tekst:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>text sent: none (Amazon writes the review request)</source>
        <translation>verzonden tekst: geen (Amazon schrijft het recensieverzoek)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check: {category}: {reason}</source>
        <extracomment>{category} is the category&apos;s id (e.g. &quot;allowed&quot;), typed as it is.</extracomment>
        <translation>controle: {category}: {reason}</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>{file}: is a folder; send one message at a time</source>
        <translation>{file}: is een map; verzend één bericht tegelijk</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>sent: outbox message {id}{reference}</source>
        <extracomment>{reference} is empty or Amazon&apos;s reference in brackets: &quot; (…)&quot;.</extracomment>
        <translation>verzonden: bericht {id} in het Postvak UIT{reference}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not sent yet: outbox message {id} waits in the queue: {reason} Send it with: composer outbox retry</source>
        <translation>nog niet verzonden: bericht {id} in het Postvak UIT wacht in de wachtrij: {reason} Verzend het met: composer outbox retry</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>uncertain: outbox message {id}: {reason} Then: composer outbox mark {id} sent|not-sent</source>
        <translation>onzeker: bericht {id} in het Postvak UIT: {reason} Daarna: composer outbox mark {id} sent|not-sent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>failed: outbox message {id}{code}: {reason}</source>
        <extracomment>{code} is empty or Amazon&apos;s error code in brackets: &quot; […]&quot;.</extracomment>
        <translation>mislukt: bericht {id} in het Postvak UIT{code}: {reason}</translation>
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
        <translation>E-mail naar het adres van de koper</translation>
    </message>
    <message>
        <location line="+256"/>
        <location line="+1"/>
        <source>Send the message</source>
        <translation>Bericht verzenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order:</source>
        <translation>Bestelling:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Bestelling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts…</source>
        <translation>Accounts…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Marketplace:</source>
        <translation>&amp;Marketplace:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;by:</source>
        <translation>Verzenden v&amp;ia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send by</source>
        <translation>Verzenden via</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Route note</source>
        <translation>Opmerking bij de route</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message &amp;type:</source>
        <translation>Bericht&amp;type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message type</source>
        <translation>Berichttype</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer&apos;s &amp;address:</source>
        <translation>Adres van de &amp;koper:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer&apos;s address</source>
        <translation>Adres van de koper</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached files</source>
        <translation>Bijgevoegde bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;files…</source>
        <translation>&amp;Bestanden toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add files</source>
        <translation>Bestanden toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected files</source>
        <translation>Geselecteerde bestanden verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files the type takes</source>
        <translation>Bestanden die het type aanneemt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files not attached</source>
        <translation>Niet bijgevoegde bestanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check status</source>
        <translation>Status van de controle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What will be sent</source>
        <translation>Wat er wordt verzonden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message header</source>
        <translation>Berichtkop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text to be sent</source>
        <translation>Te verzenden tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Lengte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot be sent:</source>
        <translation>Kan niet worden verzonden:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it cannot be sent</source>
        <translation>Waarom het niet kan worden verzonden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Warnings:&lt;/b&gt; tick each one you have read and want to send anyway</source>
        <translation>&lt;b&gt;Waarschuwingen:&lt;/b&gt; vink elke waarschuwing aan die je hebt gelezen en waarbij je toch wilt verzenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings to confirm</source>
        <translation>Te bevestigen waarschuwingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send</source>
        <translation>&amp;Verzenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Verzenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;outbox</source>
        <translation>&amp;Postvak UIT openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the outbox</source>
        <translation>Postvak UIT openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The type the check proposes</source>
        <translation>Het type dat de controle voorstelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+373"/>
        <source>Amazon&apos;s review request (Solicitations API)</source>
        <translation>Recensieverzoek van Amazon (Solicitations API)</translation>
    </message>
    <message>
        <location line="-368"/>
        <source>{type} – not allowed for this order</source>
        <translation>{type} – niet toegestaan voor deze bestelling</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>&amp;Check with Amazon</source>
        <translation>&amp;Controleren bij Amazon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Check</source>
        <translation>&amp;Controleren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seller Central&apos;s Contact Buyer form cannot be filled from Composer: copy the message (File › Copy as plain text) and paste it there, or send it here by the SP-API or e-mail.</source>
        <translation>Composer kan het formulier Contact opnemen met koper in Seller Central niet invullen: kopieer het bericht (Bestand › Kopiëren als platte tekst) en plak het daar, of verzend het hier via de SP-API of per e-mail.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no seller account yet: add one with Accounts….</source>
        <translation>Er is nog geen verkopersaccount: voeg er een toe via Accounts….</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{account}” has no SP-API credentials: add them in Accounts…, or send by e-mail.</source>
        <translation>„{account}” heeft geen SP-API-toegangsgegevens: voeg ze toe via Accounts… of verzend per e-mail.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{account}” has no mail server and sender: add them in Accounts…, or send by the SP-API.</source>
        <translation>„{account}” heeft geen mailserver en afzender: voeg ze toe via Accounts… of verzend via de SP-API.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none: fill in the Order ID in the window&apos;s order fields</source>
        <translation>geen: vul het bestelnummer in bij de bestelgegevens in het hoofdvenster</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Documents and images ({patterns})</source>
        <translation>Documenten en afbeeldingen ({patterns})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attach files</source>
        <translation>Bestanden bijvoegen</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>{file}: already attached</source>
        <translation>{file}: al bijgevoegd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: not added: this message type takes no files</source>
        <translation>{file}: niet toegevoegd: dit berichttype neemt geen bestanden aan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: not added: this message type takes at most {count}</source>
        <translation>{file}: niet toegevoegd: dit berichttype neemt hoogstens {count} bestanden aan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file}: not added: with it the files come to {size}, more than the 10 MB Amazon takes per message</source>
        <translation>{file}: niet toegevoegd: daarmee komen de bestanden op {size}, meer dan de 10 MB die Amazon per bericht aanneemt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the message type to see how many files it takes.</source>
        <translation>Kies het berichttype om te zien hoeveel bestanden het aanneemt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This type takes no files.</source>
        <translation>Dit type neemt geen bestanden aan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This type takes up to {high} files.</source>
        <translation>Dit type neemt tot {high} bestanden aan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This type takes {low} to {high} files.</source>
        <translation>Dit type vraagt {low} tot {high} bestanden.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>From:</source>
        <translation>Van:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>Aan:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no address)</source>
        <translation>(geen adres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject:</source>
        <translation>Onderwerp:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text below goes as the plain-text part, beside an HTML part with the same content and Amazon-safe formatting. Composer never adds “[Important]” to the subject: Amazon withdrew that override in 2025.</source>
        <translation>De tekst hieronder gaat mee als deel met platte tekst, naast een HTML-deel met dezelfde inhoud en Amazon-veilige opmaak. Composer zet nooit „[Important]” in het onderwerp: Amazon heeft die uitzondering in 2025 afgeschaft.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+19"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>{type} (proposed by the check)</source>
        <translation>{type} (voorgesteld door de controle)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SP-API message:</source>
        <translation>SP-API-bericht:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{type} to the buyer of order {order} on {marketplace}</source>
        <translation>{type} aan de koper van bestelling {order} op {marketplace}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Amazon allows for this order:</source>
        <translation>Amazon staat voor deze bestelling toe:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Buyer&apos;s language (from Amazon):</source>
        <translation>Taal van de koper (volgens Amazon):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon writes the review request itself: no text of yours is sent.</source>
        <translation>Amazon schrijft het recensieverzoek zelf: er wordt geen tekst van jou verzonden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Category:</source>
        <translation>Categorie:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Amazon&apos;s own review request; nothing to check.</source>
        <translation>Het eigen recensieverzoek van Amazon; er valt niets te controleren.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Changed since the check: check again before sending.</source>
        <translation>Gewijzigd sinds de controle: controleer opnieuw voordat je verzendt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asking Amazon about the order…</source>
        <translation>Bestelling opvragen bij Amazon…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready to send.</source>
        <translation>Klaar om te verzenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the warnings and tick each one to send anyway.</source>
        <translation>Lees de waarschuwingen en vink ze allemaal aan om toch te verzenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot be checked: {error}</source>
        <translation>Kan niet worden gecontroleerd: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>This message cannot be sent: %n reason(s) below.</source>
        <translation>
            <numerusform>Dit bericht kan niet worden verzonden: %n reden hieronder.</numerusform>
            <numerusform>Dit bericht kan niet worden verzonden: %n redenen hieronder.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{count} of {limit} characters</source>
        <translation>{count} van {limit} tekens</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{length} – %Ln too many</source>
        <translation>
            <numerusform>{length} – %Ln te veel</numerusform>
            <numerusform>{length} – %Ln te veel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln teken</numerusform>
            <numerusform>%Ln tekens</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>I have read this and send anyway</source>
        <translation>Ik heb dit gelezen en verzend toch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send anyway: {warning}</source>
        <translation>Toch verzenden: {warning}</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Not sent: {error}</source>
        <translation>Niet verzonden: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending… (message {id} is in the outbox; closing this dialog does not stop it)</source>
        <translation>Bezig met verzenden… (bericht {id} staat in het Postvak UIT; als je dit venster sluit, gaat het verzenden door)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Composer failed while sending: {error}. See the outbox.</source>
        <translation>Er ging iets mis in Composer tijdens het verzenden: {error}. Zie het Postvak UIT.</translation>
    </message>
</context>
<context>
    <name>SendWords</name>
    <message>
        <location filename="../composer/services/sending.py" line="+141"/>
        <source>Cannot be sent: {reasons}</source>
        <translation>Kan niet worden verzonden: {reasons}</translation>
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
        <translation>Kan niet worden verzonden</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n warning(s) need your confirmation before sending: {warnings}</source>
        <translation>
            <numerusform>Bevestig eerst %n waarschuwing voordat je verzendt: {warnings}</numerusform>
            <numerusform>Bevestig eerst %n waarschuwingen voordat je verzendt: {warnings}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+132"/>
        <source>The order id is missing</source>
        <translation>Het bestelnummer ontbreekt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Composer cannot send by {channel}; use sp-api or email</source>
        <translation>Composer kan niet verzenden via {channel}; gebruik sp-api of email</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Account {name} has no SP-API credentials; add them with composer accounts set-secret {account} lwa_client_id (and lwa_client_secret, refresh_token)</source>
        <translation>Account {name} heeft geen SP-API-toegangsgegevens; voeg ze toe met composer accounts set-secret {account} lwa_client_id (en lwa_client_secret, refresh_token)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Amazon cannot be reached ({reason}), so the message types this order allows and the buyer&apos;s language are not known. If you send, the message waits and goes out when the network is back; Amazon refuses it then if the type is not allowed.</source>
        <translation>Amazon is niet bereikbaar ({reason}), dus het is niet bekend welke berichttypen deze bestelling toestaat en wat de taal van de koper is. Als je verzendt, wacht het bericht en wordt het verzonden zodra het netwerk terug is; Amazon weigert het dan als het type niet is toegestaan.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>none known</source>
        <translation>geen bekend</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the message type (the check proposes none); allowed: {choices}</source>
        <translation>Kies het berichttype (de controle stelt er geen voor); toegestaan: {choices}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none at the moment</source>
        <translation>momenteel geen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amazon does not allow a {type} message for order {order} now (allowed: {choices})</source>
        <translation>Amazon staat nu geen bericht van het type {type} toe voor bestelling {order} (toegestaan: {choices})</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Amazon writes the review request itself: your text and files are not sent</source>
        <translation>Amazon schrijft het recensieverzoek zelf: je tekst en bestanden worden niet verzonden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A review may be requested from 5 to 30 days after delivery: for this order from {first} to {last} (today is {today})</source>
        <translation>Je kunt 5 tot 30 dagen na de bezorging om een recensie vragen: voor deze bestelling van {first} tot en met {last} (vandaag is het {today})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A review was already requested for order {order} (outbox message {id}, {state}); Amazon allows one per order</source>
        <translation>Voor bestelling {order} is al om een recensie gevraagd (bericht {id} in het Postvak UIT, {state}); Amazon staat één verzoek per bestelling toe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A proactive message was already sent for order {order} (outbox message {id}); Amazon allows one review request or free-form proactive message per order, so it may refuse this one</source>
        <translation>Voor bestelling {order} is al een proactief bericht verzonden (bericht {id} in het Postvak UIT); Amazon staat per bestelling één recensieverzoek of één vrij geformuleerd proactief bericht toe en kan dit verzoek dus weigeren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Amazon does not offer a review request for order {order} now: outside 5 to 30 days after delivery, not shipped yet, or already requested</source>
        <translation>Amazon biedt voor bestelling {order} nu geen recensieverzoek aan: buiten 5 tot 30 dagen na de bezorging, nog niet verzonden of al aangevraagd</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Amazon cannot be reached ({reason}), so whether it allows a review request for this order is not known. If you send, the request waits and goes out when the network is back.</source>
        <translation>Amazon is niet bereikbaar ({reason}), dus het is niet bekend of Amazon voor deze bestelling een recensieverzoek toestaat. Als je verzendt, wacht het verzoek en wordt het verzonden zodra het netwerk terug is.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Account {name} has no e-mail settings (SMTP server and authorised sender address)</source>
        <translation>Account {name} heeft geen e-mailinstellingen (SMTP-server en geautoriseerd afzenderadres)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message types and the review request are SP-API messages; an e-mail has none</source>
        <translation>Berichttypen en het recensieverzoek horen bij de SP-API; een e-mail heeft geen berichttype</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The buyer&apos;s address (…@marketplace.amazon…) is missing</source>
        <translation>Het adres van de koper (…@marketplace.amazon…) ontbreekt</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+403"/>
        <source>Composer sends files by the SP-API only</source>
        <translation>Composer verzendt bestanden alleen via de SP-API</translation>
    </message>
    <message>
        <location line="-304"/>
        <source>The same message is already in the outbox for order {order} (message {id}, {state}, {recorded} UTC); the buyer would get it twice</source>
        <translation>Hetzelfde bericht voor bestelling {order} staat al in het Postvak UIT (bericht {id}, {state}, {recorded} UTC); de koper zou het twee keer krijgen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A review was requested for order {order} already (outbox message {id}); Amazon allows one review request or free-form proactive message per order</source>
        <translation>Voor bestelling {order} is al om een recensie gevraagd (bericht {id} in het Postvak UIT); Amazon staat per bestelling één recensieverzoek of één vrij geformuleerd proactief bericht toe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A proactive message was sent for order {order} already (outbox message {id}); Amazon allows one review request or free-form proactive message per order</source>
        <translation>Voor bestelling {order} is al een proactief bericht verzonden (bericht {id} in het Postvak UIT); Amazon staat per bestelling één recensieverzoek of één vrij geformuleerd proactief bericht toe</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This message was handed over already</source>
        <translation>Dit bericht is al doorgegeven voor verzending</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A review was already requested for this order (outbox message {id})</source>
        <translation>Voor deze bestelling is al om een recensie gevraagd (bericht {id} in het Postvak UIT)</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Marketplace {code} is served by the {region} region; account {name} is in {account_region}</source>
        <translation>Marketplace {code} valt onder de regio {region}; account {name} hoort bij {account_region}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Account {name}: {reason}</source>
        <translation>Account {name}: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Composer cannot send by {channel}</source>
        <translation>Composer kan niet verzenden via {channel}</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Amazon removed the {type} message type on {date}</source>
        <translation>Amazon heeft het berichttype {type} op {date} afgeschaft</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown message type {type}; known: {known}</source>
        <translation>Onbekend berichttype {type}; bekende typen: {known}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Amazon forbids this message: {reason}</source>
        <translation>Amazon verbiedt dit bericht: {reason}</translation>
    </message>
</context>
<context>
    <name>SendingHub</name>
    <message>
        <location filename="../composer/ui/sending_hub.py" line="+263"/>
        <source>The outbox cannot be opened: {error}</source>
        <translation>Het Postvak UIT kan niet worden geopend: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sending the waiting messages failed: {error}</source>
        <translation>Het verzenden van de wachtende berichten is mislukt: {error}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The outbox cannot be read: {error}</source>
        <translation>Het Postvak UIT kan niet worden gelezen: {error}</translation>
    </message>
</context>
<context>
    <name>StoreWords</name>
    <message>
        <location filename="../composer/services/store.py" line="+283"/>
        <location line="+380"/>
        <location line="+19"/>
        <source>open the database</source>
        <translation>het openen van de database</translation>
    </message>
    <message>
        <location line="-372"/>
        <source>Cannot set aside {path}: there is no such file</source>
        <translation>Kan {path} niet opzijzetten: het bestand bestaat niet</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot set aside {path}: {reason}</source>
        <translation>Kan {path} niet opzijzetten: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>close</source>
        <translation>het sluiten van de database</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>save the draft</source>
        <translation>het opslaan van het concept</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>read the draft</source>
        <translation>het lezen van het concept</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>list the drafts</source>
        <translation>het ophalen van de lijst met concepten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>rename the draft</source>
        <translation>het wijzigen van de naam van het concept</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>delete the draft</source>
        <translation>het verwijderen van het concept</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>find the last draft</source>
        <translation>het zoeken van het laatste concept</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>save the template</source>
        <translation>het opslaan van het sjabloon</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>read the template</source>
        <translation>het lezen van het sjabloon</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>list the templates</source>
        <translation>het ophalen van de lijst met sjablonen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>delete the template</source>
        <translation>het verwijderen van het sjabloon</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>import the templates</source>
        <translation>het importeren van de sjablonen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ignore the rule</source>
        <translation>het negeren van de regel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stop ignoring the rule</source>
        <translation>het weer controleren van de regel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>read the ignored rules</source>
        <translation>het lezen van de genegeerde regels</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ignore the finding</source>
        <translation>het negeren van de bevinding</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>stop ignoring the finding</source>
        <translation>het weer controleren van de bevinding</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>read the ignored findings</source>
        <translation>het lezen van de genegeerde bevindingen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>read the schema version</source>
        <translation>het lezen van de schemaversie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path} is another program&apos;s database, not Composer&apos;s</source>
        <translation>{path} is de database van een ander programma, niet van Composer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} was written by a newer Composer (schema version {version}; this one reads up to {known}): update Composer to open it</source>
        <translation>{path} is geschreven door een nieuwere versie van Composer (schemaversie {version}; deze versie leest tot en met {known}): werk Composer bij om het te openen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{path} is damaged ({problem})</source>
        <translation>{path} is beschadigd ({problem})</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not bring {path} from schema version {version} to {target}: {reason}</source>
        <translation>Kan {path} niet van schemaversie {version} naar {target} bijwerken: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{path} has been closed</source>
        <translation>{path} is gesloten</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>draft {id}</source>
        <translation>concept {id}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>channel</source>
        <translation>kanaal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>order date</source>
        <translation>besteldatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivery date</source>
        <translation>bezorgdatum</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+102"/>
        <source>template {id}</source>
        <translation>sjabloon {id}</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>time of saving</source>
        <translation>tijdstip van opslaan</translation>
    </message>
    <message>
        <location filename="../composer/services/outbox.py" line="-504"/>
        <location filename="../composer/services/store.py" line="+6"/>
        <source>{path} is damaged: {where} has an unreadable {field} ({value})</source>
        <extracomment>{where} is &quot;draft 3&quot;, {field} &quot;order date&quot;, {value} the stored value as it is.</extracomment>
        <translation>{path} is beschadigd: {where} heeft een onleesbare waarde voor {field} ({value})</translation>
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
        <translation>kan niet worden gelezen ({reason})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is larger than {size} MB</source>
        <translation>is groter dan {size} MB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is not UTF-8 text, so not a template file</source>
        <translation>is geen UTF-8-tekst en dus geen sjabloonbestand</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not valid JSON (line {line}, column {column}: {problem})</source>
        <translation>is geen geldige JSON (regel {line}, kolom {column}: {problem})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not valid JSON ({problem})</source>
        <translation>is geen geldige JSON ({problem})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a template file (nested too deeply)</source>
        <translation>is geen sjabloonbestand (te diep genest)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a Composer template file (no {field})</source>
        <extracomment>{field} is the JSON that is missing, as it is.</extracomment>
        <translation>is geen sjabloonbestand van Composer ({field} ontbreekt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has no valid {field} (a whole number, 1 or more)</source>
        <translation>heeft geen geldige waarde voor {field} (een geheel getal, 1 of hoger)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>was made by a newer Composer (format version {version}; this one reads up to {known}): update Composer to import it</source>
        <translation>is gemaakt door een nieuwere versie van Composer (formaatversie {version}; deze versie leest tot en met {known}): werk Composer bij om het te importeren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has an unknown field {field}</source>
        <translation>heeft een onbekend veld {field}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} must be text</source>
        <translation>{field} moet tekst zijn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has no {field} list</source>
        <translation>heeft geen lijst {field}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where} is not an object with a name, subject and body_html</source>
        <translation>{where} is geen object met name, subject en body_html</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where} has an unknown field {field}</source>
        <translation>{where} heeft een onbekend veld {field}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{where} has no {field}</source>
        <translation>{where}: {field} ontbreekt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: {field} must be text, not {kind}</source>
        <extracomment>{kind} is what the JSON holds instead: &quot;a number&quot;, &quot;a list&quot;, &quot;null&quot; …</extracomment>
        <translation>{where}: {field} moet tekst zijn, maar is {kind}</translation>
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
        <translation>{where}: {field} is leeg</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is longer than {limit} characters</source>
        <translation>is langer dan {limit} tekens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contains an invalid character (half of a surrogate pair)</source>
        <translation>bevat een ongeldig teken (de helft van een surrogaatpaar)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contains a control character ({code})</source>
        <translation>bevat een stuurteken ({code})</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>{path} is a folder, not a database</source>
        <translation>{path} is een map, geen database</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} is not a database (not an SQLite file)</source>
        <translation>{path} is geen database (geen SQLite-bestand)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open {path}: {reason}</source>
        <translation>Kan {path} niet openen: {reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+13"/>
        <source>{file}: cannot be written ({reason})</source>
        <translation>{file}: kan niet worden geschreven ({reason})</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+7"/>
        <source>is in use by another program, perhaps another Composer window</source>
        <translation>is in gebruik door een ander programma, misschien een ander Composer-venster</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is not a database</source>
        <translation>is geen database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is damaged</source>
        <translation>is beschadigd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot be written: the disk is full</source>
        <translation>kan niet worden geschreven: de schijf is vol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is read-only</source>
        <translation>is alleen-lezen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>may not be opened (permission denied)</source>
        <translation>mag niet worden geopend (geen toegang)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot be opened</source>
        <translation>kan niet worden geopend</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot be read or written (a disk error)</source>
        <translation>kan niet worden gelezen of geschreven (een schijffout)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not {action}: {path} {problem} ({reason})</source>
        <extracomment>{action} is what was being done (&quot;save the draft&quot;), {problem} &quot;is read-only&quot; and the like, {reason} SQLite&apos;s own words.</extracomment>
        <translation>Fout bij {action}: {path} {problem} ({reason})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not {action}: {path}: {reason}</source>
        <translation>Fout bij {action}: {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../composer/ui/templates_dialog.py" line="+81"/>
        <location line="+2"/>
        <source>Forbidden message ({purpose})</source>
        <translation>Verboden bericht ({purpose})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not be checked: {reason}</source>
        <translation>Kon niet worden gecontroleerd: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amazon would refuse this template: {problems}.</source>
        <translation>Amazon zou dit sjabloon weigeren: {problems}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passes the checks.</source>
        <translation>Doorstaat de controles.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amazon would refuse this template:
{problems}</source>
        <translation>Amazon zou dit sjabloon weigeren:
{problems}</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Composer templates ({patterns})</source>
        <translation>Composer-sjablonen ({patterns})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files ({patterns})</source>
        <translation>Alle bestanden ({patterns})</translation>
    </message>
    <message>
        <location line="+559"/>
        <source>template</source>
        <comment>a file name</comment>
        <translation>sjabloon</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location line="-416"/>
        <location line="+1"/>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template preview</source>
        <translation>Voorbeeld van het sjabloon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template check</source>
        <translation>Controle van het sjabloon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates message</source>
        <translation>Melding bij sjablonen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use template</source>
        <translation>Sjabloon gebruiken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save current message as template…</source>
        <translation>Huidig bericht opslaan als sjabloon…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Naam wijzigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected templates…</source>
        <translation>Geselecteerde sjablonen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All templates…</source>
        <translation>Alle sjablonen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no message to save</source>
        <translation>Er is geen bericht om op te slaan</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The templates could not be read: {error}</source>
        <translation>De sjablonen kunnen niet worden gelezen: {error}</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+82"/>
        <source>(no subject)</source>
        <translation>(geen onderwerp)</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>{name}, subject: {subject}</source>
        <translation>{name}, onderwerp: {subject}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+82"/>
        <source>Being checked…</source>
        <translation>Wordt gecontroleerd…</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>No template selected.</source>
        <translation>Geen sjabloon geselecteerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No templates yet: save the current message as one, or import a file.</source>
        <translation>Nog geen sjablonen: sla het huidige bericht op als sjabloon of importeer een bestand.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it cannot be read</source>
        <translation>het kan niet worden gelezen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This template cannot be used: {reason}</source>
        <translation>Dit sjabloon kan niet worden gebruikt: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subject:</source>
        <translation>Onderwerp:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not filled in from the order: {names}.</source>
        <translation>Niet ingevuld vanuit de bestelling: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out when inserted: {removed}.</source>
        <translation>Weggelaten bij het invoegen: {removed}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“{name}” cannot be used: its body is not text.</source>
        <translation>„{name}” kan niet worden gebruikt: de inhoud is geen tekst.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+16"/>
        <source>A template needs a name (one line of text).</source>
        <translation>Een sjabloon heeft een naam nodig (één regel tekst).</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The template could not be saved: {error}</source>
        <translation>Het sjabloon kan niet worden opgeslagen: {error}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{name}” is gone (deleted in another window).</source>
        <translation>„{name}” bestaat niet meer (verwijderd in een ander venster).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template could not be renamed: {error}</source>
        <translation>De naam van het sjabloon kan niet worden gewijzigd: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The templates could not be deleted: {error}</source>
        <translation>De sjablonen kunnen niet worden verwijderd: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted “{name}”.</source>
        <translation>„{name}” verwijderd.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Deleted %Ln template(s).</source>
        <translation>
            <numerusform>%Ln sjabloon verwijderd.</numerusform>
            <numerusform>%Ln sjablonen verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was imported: {error}</source>
        <translation>Er is niets geïmporteerd: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Imported %Ln template(s) from {file}.</source>
        <translation>
            <numerusform>%Ln sjabloon geïmporteerd uit {file}.</numerusform>
            <numerusform>%Ln sjablonen geïmporteerd uit {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was exported: a selected template was deleted meanwhile.</source>
        <translation>Er is niets geëxporteerd: een geselecteerd sjabloon is intussen verwijderd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was exported: {error}</source>
        <translation>Er is niets geëxporteerd: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %Ln template(s) to {file}.</source>
        <translation>
            <numerusform>%Ln sjabloon geëxporteerd naar {file}.</numerusform>
            <numerusform>%Ln sjablonen geëxporteerd naar {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Renamed to “{name}” (“{asked}” is taken).</source>
        <translation>Naam gewijzigd in „{name}” („{asked}” is al in gebruik).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved as “{name}” (“{asked}” is taken).</source>
        <translation>Opgeslagen als „{name}” („{asked}” is al in gebruik).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renamed to “{name}”.</source>
        <translation>Naam gewijzigd in „{name}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved as “{name}”.</source>
        <translation>Opgeslagen als „{name}”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as template</source>
        <translation>Opslaan als sjabloon</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>Template name:</source>
        <translation>Naam van het sjabloon:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename template</source>
        <translation>Naam van sjabloon wijzigen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete “{name}” for good?</source>
        <translation>„{name}” definitief verwijderen?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %Ln template(s) for good?</source>
        <translation>
            <numerusform>%Ln sjabloon definitief verwijderen?</numerusform>
            <numerusform>%Ln sjablonen definitief verwijderen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete templates</source>
        <translation>Sjablonen verwijderen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import templates</source>
        <translation>Sjablonen importeren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Composer templates</source>
        <comment>a file name</comment>
        <translation>Composer-sjablonen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export templates</source>
        <translation>Sjablonen exporteren</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../composer/policy/classifier.py" line="+164"/>
        <source>[Important] on a message that is not critical</source>
        <translation>[Important] bij een bericht dat niet kritiek is</translation>
    </message>
    <message>
        <location line="+109"/>
        <location filename="../composer/ui/panel.py" line="-37"/>
        <source>Forbidden: {purposes}.</source>
        <translation>Verboden: {purposes}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Critical to completing the order: {purposes}.</source>
        <translation>Kritiek voor het afronden van de bestelling: {purposes}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Permitted, not critical: a reply to the buyer.</source>
        <translation>Toegestaan, niet kritiek: een antwoord aan de koper.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Permitted, not critical: no specific purpose recognised.</source>
        <translation>Toegestaan, niet kritiek: geen specifiek doel herkend.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Permitted, not critical (it will not reach buyers who opted out): {purposes}.</source>
        <translation>Toegestaan, niet kritiek (bereikt geen kopers die zich hebben afgemeld): {purposes}.</translation>
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
        <translation>{purpose} („{sentence}”)</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../composer/policy/rules/attachments.py" line="+42"/>
        <source>the name says it is marketing (“{cue}”)</source>
        <translation>de naam wijst op marketing („{cue}”)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a .{extension} file is rarely instructions, warranty or an invoice</source>
        <translation>een .{extension}-bestand is zelden een handleiding, garantie-informatie of factuur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage guides and e-books (“{cue}”) read as marketing unless they are the product&apos;s manual</source>
        <translation>gebruiksgidsen en e-books („{cue}”) gelden als marketing, tenzij het de handleiding van het product is</translation>
    </message>
    <message>
        <location filename="../composer/policy/rules/envelope.py" line="+166"/>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the tag no longer lets a message through an opt-out (2025); choose a critical message type instead</source>
        <translation>sinds 2025 komt een bericht met deze tag niet meer langs een afmelding; kies in plaats daarvan een kritiek berichttype</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it marks a message as critical when its content is not</source>
        <translation>de tag markeert het bericht als kritiek terwijl de inhoud dat niet is</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a translated tag never let a message through an opt-out, and it reads as a misused [Important]</source>
        <translation>een vertaalde tag heeft een bericht nooit langs een afmelding gebracht en leest als een misbruikte [Important]</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>HTML is not allowed; the text is sent as plain text</source>
        <translation>HTML is niet toegestaan; de tekst wordt als platte tekst verzonden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the {type} type sends attachments only, no text</source>
        <translation>het berichttype {type} verstuurt alleen bijlagen, geen tekst</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{count} characters; {type} allows {limit}</source>
        <translation>{count} tekens; {type} staat er {limit} toe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the {type} type takes no attachments</source>
        <translation>het berichttype {type} accepteert geen bijlagen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} attachments; {type} takes {low} to {high}</source>
        <translation>{count} bijlagen; {type} accepteert er {low} tot {high}</translation>
    </message>
    <message>
        <location filename="../composer/policy/rules/links.py" line="+183"/>
        <source>a {scheme}: link</source>
        <translation>een {scheme}:-link</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a shortened link hides where it goes</source>
        <translation>een verkorte link verbergt waar hij naartoe gaat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it leads to {host}</source>
        <translation>de link leidt naar {host}</translation>
    </message>
    <message>
        <location filename="../composer/policy/rules/styling.py" line="+320"/>
        <source>image without alt text</source>
        <translation>afbeelding zonder alt-tekst</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>link text that does not say where it goes</source>
        <translation>linktekst die niet zegt waar de link naartoe gaat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>text colour too light to read on white</source>
        <translation>tekstkleur te licht om op wit te lezen</translation>
    </message>
    <message>
        <location filename="../composer/policy/rules/spelling.py" line="-51"/>
        <source>Replace with “{word}”</source>
        <translation>Vervangen door „{word}”</translation>
    </message>
</context>
<context>
    <name>country</name>
    <message>
        <location filename="../composer/services/marketplaces.py" line="-185"/>
        <source>United States</source>
        <comment>US</comment>
        <translation>Verenigde Staten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Canada</source>
        <comment>CA</comment>
        <translation>Canada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mexico</source>
        <comment>MX</comment>
        <translation>Mexico</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Brazil</source>
        <comment>BR</comment>
        <translation>Brazilië</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>United Kingdom</source>
        <comment>UK</comment>
        <translation>Verenigd Koninkrijk</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Germany</source>
        <comment>DE</comment>
        <translation>Duitsland</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>France</source>
        <comment>FR</comment>
        <translation>Frankrijk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Italy</source>
        <comment>IT</comment>
        <translation>Italië</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spain</source>
        <comment>ES</comment>
        <translation>Spanje</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Netherlands</source>
        <comment>NL</comment>
        <translation>Nederland</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sweden</source>
        <comment>SE</comment>
        <translation>Zweden</translation>
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
        <translation>België</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Ireland</source>
        <comment>IE</comment>
        <translation>Ierland</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Turkey</source>
        <comment>TR</comment>
        <translation>Turkije</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>United Arab Emirates</source>
        <comment>AE</comment>
        <translation>Verenigde Arabische Emiraten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saudi Arabia</source>
        <comment>SA</comment>
        <translation>Saoedi-Arabië</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Egypt</source>
        <comment>EG</comment>
        <translation>Egypte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>South Africa</source>
        <comment>ZA</comment>
        <translation>Zuid-Afrika</translation>
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
        <translation>Japan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Australia</source>
        <comment>AU</comment>
        <translation>Australië</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Singapore</source>
        <comment>SG</comment>
        <translation>Singapore</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <location filename="../composer/policy/data_strings.py" line="+1366"/>
        <source>English</source>
        <comment>en</comment>
        <extracomment>The name of the language en.</extracomment>
        <translation>Engels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>German</source>
        <comment>de</comment>
        <extracomment>The name of the language de.</extracomment>
        <translation>Duits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>French</source>
        <comment>fr</comment>
        <extracomment>The name of the language fr.</extracomment>
        <translation>Frans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spanish</source>
        <comment>es</comment>
        <extracomment>The name of the language es.</extracomment>
        <translation>Spaans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Italian</source>
        <comment>it</comment>
        <extracomment>The name of the language it.</extracomment>
        <translation>Italiaans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portuguese</source>
        <comment>pt</comment>
        <extracomment>The name of the language pt.</extracomment>
        <translation>Portugees</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dutch</source>
        <comment>nl</comment>
        <extracomment>The name of the language nl.</extracomment>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polish</source>
        <comment>pl</comment>
        <extracomment>The name of the language pl.</extracomment>
        <translation>Pools</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latvian</source>
        <comment>lv</comment>
        <extracomment>The name of the language lv.</extracomment>
        <translation>Lets</translation>
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
        <translation>Perzisch</translation>
    </message>
</context>
<context>
    <name>message-type</name>
    <message>
        <location line="-357"/>
        <source>Confirm customization details</source>
        <comment>confirmCustomizationDetails</comment>
        <extracomment>SP-API message type confirmCustomizationDetails (critical): Seller Central&apos;s name.</extracomment>
        <translation>Personalisatiegegevens bevestigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Confirm delivery details</source>
        <comment>confirmDeliveryDetails</comment>
        <extracomment>SP-API message type confirmDeliveryDetails (critical): Seller Central&apos;s name.</extracomment>
        <translation>Bezorggegevens bevestigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm order details</source>
        <comment>confirmOrderDetails</comment>
        <extracomment>SP-API message type confirmOrderDetails (critical): Seller Central&apos;s name.</extracomment>
        <translation>Bestelgegevens bevestigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unexpected problem</source>
        <comment>unexpectedProblem</comment>
        <extracomment>SP-API message type unexpectedProblem (critical): Seller Central&apos;s name.</extracomment>
        <translation>Onverwacht probleem</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Legal disclosure</source>
        <comment>legalDisclosure</comment>
        <extracomment>SP-API message type legalDisclosure (critical): Seller Central&apos;s name.</extracomment>
        <translation>Wettelijk verplichte informatie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm service details</source>
        <comment>confirmServiceDetails</comment>
        <extracomment>SP-API message type confirmServiceDetails (not critical): Seller Central&apos;s name.</extracomment>
        <translation>Servicegegevens bevestigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Digital access key</source>
        <comment>digitalAccessKey</comment>
        <extracomment>SP-API message type digitalAccessKey (not critical): Seller Central&apos;s name.</extracomment>
        <translation>Digitale toegangscode</translation>
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
        <translation>Factuur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request a review (Solicitations API)</source>
        <comment>productReviewAndSellerFeedback</comment>
        <extracomment>SP-API message type productReviewAndSellerFeedback (not critical): Seller Central&apos;s name.</extracomment>
        <translation>Om een beoordeling vragen (Solicitations API)</translation>
    </message>
</context>
<context>
    <name>message-type-topic</name>
    <message>
        <location line="-38"/>
        <source>customization details</source>
        <comment>confirmCustomizationDetails</comment>
        <extracomment>SP-API message type confirmCustomizationDetails: what it is about.</extracomment>
        <translation>de personalisatiegegevens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>order delivery</source>
        <comment>confirmDeliveryDetails</comment>
        <extracomment>SP-API message type confirmDeliveryDetails: what it is about.</extracomment>
        <translation>de bezorging van de bestelling</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>order completion</source>
        <comment>confirmOrderDetails</comment>
        <extracomment>SP-API message type confirmOrderDetails: what it is about.</extracomment>
        <translation>het afronden van de bestelling</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an unexpected problem with the order</source>
        <comment>unexpectedProblem</comment>
        <extracomment>SP-API message type unexpectedProblem: what it is about.</extracomment>
        <translation>een onverwacht probleem met de bestelling</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>documents required by law</source>
        <comment>legalDisclosure</comment>
        <extracomment>SP-API message type legalDisclosure: what it is about.</extracomment>
        <translation>wettelijk verplichte documenten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Home Service calls</source>
        <comment>confirmServiceDetails</comment>
        <extracomment>SP-API message type confirmServiceDetails: what it is about.</extracomment>
        <translation>servicebezoeken aan huis (Home Services)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the digital access key</source>
        <comment>digitalAccessKey</comment>
        <extracomment>SP-API message type digitalAccessKey: what it is about.</extracomment>
        <translation>de digitale toegangscode</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warranty information</source>
        <comment>warranty</comment>
        <extracomment>SP-API message type warranty: what it is about.</extracomment>
        <translation>garantie-informatie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the invoice</source>
        <comment>invoice</comment>
        <extracomment>SP-API message type invoice: what it is about.</extracomment>
        <translation>de factuur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amazon&apos;s own review and feedback request; the seller writes no text</source>
        <comment>productReviewAndSellerFeedback</comment>
        <extracomment>SP-API message type productReviewAndSellerFeedback: what it is about.</extracomment>
        <translation>het eigen verzoek van Amazon om een recensie en feedback; de verkoper schrijft zelf geen tekst</translation>
    </message>
</context>
<context>
    <name>purpose</name>
    <message>
        <location line="-136"/>
        <source>Customization details</source>
        <comment>customization</comment>
        <extracomment>Purpose customization (critical): what a message is for.</extracomment>
        <translation>Personalisatiegegevens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery scheduling</source>
        <comment>delivery-scheduling</comment>
        <extracomment>Purpose delivery-scheduling (critical): what a message is for.</extracomment>
        <translation>Bezorgafspraak plannen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipping address problem</source>
        <comment>address-problem</comment>
        <extracomment>Purpose address-problem (critical): what a message is for.</extracomment>
        <translation>Probleem met het verzendadres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Information needed to complete the order</source>
        <comment>additional-information</comment>
        <extracomment>Purpose additional-information (critical): what a message is for.</extracomment>
        <translation>Informatie die nodig is om de bestelling af te ronden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unexpected problem that blocks the order</source>
        <comment>unexpected-problem</comment>
        <extracomment>Purpose unexpected-problem (critical): what a message is for.</extracomment>
        <translation>Onverwacht probleem dat de bestelling blokkeert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document required by law</source>
        <comment>legal-disclosure</comment>
        <extracomment>Purpose legal-disclosure (critical): what a message is for.</extracomment>
        <translation>Wettelijk verplicht document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay or cancellation notice</source>
        <comment>delay-notice</comment>
        <extracomment>Purpose delay-notice (permitted): what a message is for.</extracomment>
        <translation>Melding van vertraging of annulering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return question or partial refund</source>
        <comment>return-information</comment>
        <extracomment>Purpose return-information (permitted): what a message is for.</extracomment>
        <translation>Vraag over een retour of gedeeltelijke terugbetaling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice</source>
        <comment>invoice</comment>
        <extracomment>Purpose invoice (permitted): what a message is for.</extracomment>
        <translation>Factuur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neutral review or feedback request</source>
        <comment>review-request</comment>
        <extracomment>Purpose review-request (permitted): what a message is for.</extracomment>
        <translation>Neutraal verzoek om een recensie of feedback</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home Services appointment</source>
        <comment>service-appointment</comment>
        <extracomment>Purpose service-appointment (permitted): what a message is for.</extracomment>
        <translation>Afspraak voor Home Services</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warranty information</source>
        <comment>warranty</comment>
        <extracomment>Purpose warranty (permitted): what a message is for.</extracomment>
        <translation>Garantie-informatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digital access key</source>
        <comment>digital-access-key</comment>
        <extracomment>Purpose digital-access-key (permitted): what a message is for.</extracomment>
        <translation>Digitale toegangscode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neutral note about seller feedback</source>
        <comment>feedback-removal</comment>
        <extracomment>Purpose feedback-removal (permitted): what a message is for.</extracomment>
        <translation>Neutrale opmerking over verkopersfeedback</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund or return confirmation</source>
        <comment>refund-confirmation</comment>
        <extracomment>Purpose refund-confirmation (permitted): what a message is for.</extracomment>
        <translation>Bevestiging van terugbetaling of retour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unprompted tips, manuals or check-ins</source>
        <comment>proactive-service-content</comment>
        <extracomment>Purpose proactive-service-content (permitted): what a message is for.</extracomment>
        <translation>Ongevraagde tips, handleidingen of „hoe bevalt het?”-berichten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Substitute offered for an out-of-stock item</source>
        <comment>out-of-stock-substitute</comment>
        <extracomment>Purpose out-of-stock-substitute (permitted): what a message is for.</extracomment>
        <translation>Alternatief aangeboden voor een uitverkocht artikel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reply to the buyer</source>
        <comment>buyer-reply</comment>
        <extracomment>Purpose buyer-reply (permitted): what a message is for.</extracomment>
        <translation>Antwoord aan de koper</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other content</source>
        <comment>other</comment>
        <extracomment>Purpose other (permitted): what a message is for.</extracomment>
        <translation>Overige inhoud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order confirmation</source>
        <comment>order-confirmation</comment>
        <extracomment>Purpose order-confirmation (forbidden): what a message is for.</extracomment>
        <translation>Bestelbevestiging</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipping or delivery confirmation</source>
        <comment>shipping-confirmation</comment>
        <extracomment>Purpose shipping-confirmation (forbidden): what a message is for.</extracomment>
        <translation>Verzend- of bezorgbevestiging</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thanks or help offer only</source>
        <comment>thank-you-only</comment>
        <extracomment>Purpose thank-you-only (forbidden): what a message is for.</extracomment>
        <translation>Alleen een bedankje of hulpaanbod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marketing or promotion</source>
        <comment>promotion</comment>
        <extracomment>Purpose promotion (forbidden): what a message is for.</extracomment>
        <translation>Marketing of promotie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review incentive</source>
        <comment>review-incentive</comment>
        <extracomment>Purpose review-incentive (forbidden): what a message is for.</extracomment>
        <translation>Beloning voor een recensie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positive-only, conditional or steering review request</source>
        <comment>review-manipulation</comment>
        <extracomment>Purpose review-manipulation (forbidden): what a message is for.</extracomment>
        <translation>Sturend, voorwaardelijk of alleen positief recensieverzoek</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request to change or remove a review</source>
        <comment>review-removal</comment>
        <extracomment>Purpose review-removal (forbidden): what a message is for.</extracomment>
        <translation>Verzoek om een recensie te wijzigen of te verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pressure to remove seller feedback</source>
        <comment>feedback-removal-pressure</comment>
        <extracomment>Purpose feedback-removal-pressure (forbidden): what a message is for.</extracomment>
        <translation>Druk om verkopersfeedback te verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second or reminder review request</source>
        <comment>repeated-review-request</comment>
        <extracomment>Purpose repeated-review-request (forbidden): what a message is for.</extracomment>
        <translation>Tweede recensieverzoek of herinnering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message to someone who did not order</source>
        <comment>no-order-relationship</comment>
        <extracomment>Purpose no-order-relationship (forbidden): what a message is for.</extracomment>
        <translation>Bericht aan iemand die niets heeft besteld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proactive message after the 30-day window</source>
        <comment>order-age</comment>
        <extracomment>Purpose order-age (forbidden): what a message is for.</extracomment>
        <translation>Proactief bericht na de termijn van 30 dagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diverting the buyer off Amazon</source>
        <comment>off-amazon</comment>
        <extracomment>Purpose off-amazon (forbidden): what a message is for.</extracomment>
        <translation>Koper weglokken van Amazon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asking for payment after the sale</source>
        <comment>extra-payment</comment>
        <extracomment>Purpose extra-payment (forbidden): what a message is for.</extracomment>
        <translation>Om betaling vragen na de verkoop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asking the buyer to cancel</source>
        <comment>cancellation-request</comment>
        <extracomment>Purpose cancellation-request (forbidden): what a message is for.</extracomment>
        <translation>De koper vragen te annuleren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Critical tag on non-critical content</source>
        <comment>important-tag-misuse</comment>
        <extracomment>Purpose important-tag-misuse (forbidden): what a message is for.</extracomment>
        <translation>Markering als kritiek bij niet-kritieke inhoud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content outside the chosen message type</source>
        <comment>purpose-mismatch</comment>
        <extracomment>Purpose purpose-mismatch (forbidden): what a message is for.</extracomment>
        <translation>Inhoud buiten het gekozen berichttype</translation>
    </message>
</context>
<context>
    <name>rule-explanation</name>
    <message>
        <location line="-999"/>
        <source>Amazon sends the order confirmation itself. A message (or part of one) whose job is to say the order was placed, received or is being processed is on Amazon&apos;s list of messages that are not permitted. Restating order facts inside a real question (a customization, a delivery appointment) is fine.</source>
        <comment>order-confirmation</comment>
        <extracomment>Rule order-confirmation: why Amazon forbids it.</extracomment>
        <translation>Amazon stuurt de bestelbevestiging zelf. Een bericht (of een deel ervan) dat alleen dient om te melden dat de bestelling is geplaatst, ontvangen of in behandeling is, staat op de lijst van berichten die Amazon niet toestaat. Bestelgegevens herhalen binnen een echte vraag (over een personalisatie of een bezorgafspraak) mag wel.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dispatch notices, &quot;on its way&quot;, tracking-number-only mails and delivery confirmations repeat what Amazon already sent and are not permitted. A real delivery problem or a reply to the buyer&apos;s &quot;where is my parcel?&quot; is different.</source>
        <comment>shipping-confirmation</comment>
        <extracomment>Rule shipping-confirmation: why Amazon forbids it.</extracomment>
        <translation>Verzendmeldingen, „je pakket is onderweg”, e-mails met alleen een trackingnummer en bezorgbevestigingen herhalen wat Amazon al heeft gestuurd en zijn niet toegestaan. Een echt bezorgprobleem of een antwoord op de vraag van de koper „waar blijft mijn pakket?” is iets anders.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A message whose only purpose is to confirm a refund or the arrival of a return repeats Amazon&apos;s own notification. Offering a partial refund or asking for information needed to complete the return is permitted.</source>
        <comment>refund-confirmation</comment>
        <extracomment>Rule refund-confirmation: why Amazon forbids it.</extracomment>
        <translation>Een bericht dat alleen een terugbetaling of de ontvangst van een retourzending bevestigt, herhaalt de melding die Amazon zelf al stuurt. Een gedeeltelijke terugbetaling aanbieden of vragen om informatie die nodig is om de retour af te ronden, mag wel.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Messages that only thank the buyer, or only say you are there if something goes wrong, are not permitted. Courtesy lines inside a message with a real purpose are fine.</source>
        <comment>thank-you-only</comment>
        <extracomment>Rule thank-you-only: why Amazon forbids it.</extracomment>
        <translation>Berichten waarin je de koper alleen bedankt, of alleen laat weten dat je klaarstaat als er iets misgaat, zijn niet toegestaan. Beleefdheidszinnen in een bericht met een echt doel zijn prima.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Usage tips, care guides, FAQs, troubleshooting and &quot;how is your product?&quot; check-ins are non-critical proactive service that Amazon does not list as permitted. Warranty information and legally required documents have their own message types; answering a buyer&apos;s question is fine.</source>
        <comment>proactive-service-content</comment>
        <extracomment>Rule proactive-service-content: why Amazon forbids it.</extracomment>
        <translation>Gebruikstips, onderhoudsadviezen, veelgestelde vragen, hulp bij storingen en berichten als „hoe bevalt je product?” zijn niet-kritieke proactieve service die Amazon niet als toegestaan vermeldt. Garantie-informatie en wettelijk verplichte documenten hebben hun eigen berichttypen; een vraag van de koper beantwoorden mag wel.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>When an item cannot be shipped, Amazon expects the seller to cancel and refund, not to offer a substitute or ask the buyer to wait. A delay notice is required but non-critical.</source>
        <comment>out-of-stock-substitute</comment>
        <extracomment>Rule out-of-stock-substitute: why Amazon forbids it.</extracomment>
        <translation>Als een artikel niet kan worden verzonden, verwacht Amazon dat de verkoper de bestelling annuleert en terugbetaalt, niet dat hij een alternatief aanbiedt of de koper vraagt te wachten. Een melding van vertraging is verplicht, maar niet kritiek.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A seller who cannot fulfil an order must cancel it, not ask the buyer to do so (which shifts the cancellation onto the buyer).</source>
        <comment>cancellation-request</comment>
        <extracomment>Rule cancellation-request: why Amazon forbids it.</extracomment>
        <translation>Een verkoper die een bestelling niet kan uitvoeren, moet die zelf annuleren en de koper niet vragen dat te doen (daarmee schuif je de annulering af op de koper).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Coupons, discount codes, sales, new products, cross-selling, newsletters, &quot;follow us&quot;, referral codes and gifts on the next order are not allowed, not even inside an otherwise permitted message.</source>
        <comment>promotion</comment>
        <extracomment>Rule promotion: why Amazon forbids it.</extracomment>
        <translation>Coupons, kortingscodes, aanbiedingen, nieuwe producten, cross-selling, nieuwsbrieven, „volg ons”, verwijzingscodes en cadeaus bij de volgende bestelling zijn niet toegestaan, ook niet in een bericht dat verder wel is toegestaan.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Buying on the seller&apos;s own website, contacting the seller on WhatsApp or social media, paying outside Amazon or joining a mailing list take the buyer off Amazon, which Amazon&apos;s prohibited seller activities forbid.</source>
        <comment>off-amazon</comment>
        <extracomment>Rule off-amazon: why Amazon forbids it.</extracomment>
        <translation>Kopen in de eigen webshop van de verkoper, contact via WhatsApp of sociale media, betalen buiten Amazon of inschrijven op een mailinglijst leiden de koper weg van Amazon. Dat staat op de lijst van verboden activiteiten voor verkopers.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Surcharges, price differences, customs fees or tips requested after the sale, above all through a non-Amazon payment route, are prohibited.</source>
        <comment>extra-payment</comment>
        <extracomment>Rule extra-payment: why Amazon forbids it.</extracomment>
        <translation>Toeslagen, prijsverschillen, douanekosten of fooien die na de verkoop worden gevraagd, zeker via een betaalweg buiten Amazon, zijn verboden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A message sent under a message type or contact reason must stay on its topic: a review request inside an &quot;unexpected problem&quot; message, or non-critical content under a critical type, is misuse of the critical channel.</source>
        <comment>purpose-mismatch</comment>
        <extracomment>Rule purpose-mismatch: why Amazon forbids it.</extracomment>
        <translation>Een bericht dat onder een berichttype of contactreden wordt verstuurd, moet bij dat onderwerp blijven: een recensieverzoek in een bericht over een „onverwacht probleem”, of niet-kritieke inhoud onder een kritiek type, is misbruik van het kanaal voor kritieke berichten.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Messages to people who have neither bought from the seller nor contacted them (for example because they viewed a product) are not permitted.</source>
        <comment>no-order-relationship</comment>
        <extracomment>Rule no-order-relationship: why Amazon forbids it.</extracomment>
        <translation>Berichten aan mensen die niets bij de verkoper hebben gekocht en ook geen contact met hem hebben opgenomen (bijvoorbeeld omdat ze een product hebben bekeken), zijn niet toegestaan.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Money, gift cards, free or discounted products, refunds, rebates, future benefits or draw entries in exchange for a review or feedback break Amazon&apos;s review policies, in messages and package inserts alike.</source>
        <comment>review-incentive</comment>
        <extracomment>Rule review-incentive: why Amazon forbids it.</extracomment>
        <translation>Geld, cadeaubonnen, gratis of afgeprijsde producten, terugbetalingen, cashback, toekomstige voordelen of deelname aan een winactie in ruil voor een recensie of feedback zijn in strijd met het recensiebeleid van Amazon, in berichten én op kaartjes of flyers in het pakket.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Asking for a positive or 5-star review, asking only satisfied buyers, making the ask conditional (&quot;if you love it…&quot;), or steering unhappy buyers to the seller before they review are review manipulation.</source>
        <comment>review-manipulation</comment>
        <extracomment>Rule review-manipulation: why Amazon forbids it.</extracomment>
        <translation>Vragen om een positieve recensie of 5 sterren, alleen tevreden kopers vragen, het verzoek voorwaardelijk maken („als je er blij mee bent…”) of ontevreden kopers eerst naar de verkoper sturen voordat ze een recensie schrijven: dat is allemaal manipulatie van recensies.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Asking the buyer to change, update or delete a product review is prohibited even after the problem has been fixed, with or without an incentive.</source>
        <comment>review-removal</comment>
        <extracomment>Rule review-removal: why Amazon forbids it.</extracomment>
        <translation>De koper vragen een productrecensie te wijzigen, bij te werken of te verwijderen is verboden, ook als het probleem is opgelost, met of zonder beloning.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>For seller feedback (not product reviews) a single neutral note, after the problem is fully solved, that the buyer may update or remove their feedback is allowed. Pressure or an incentive makes it review manipulation. The SP-API message type for this note was deleted in August 2025.</source>
        <comment>feedback-removal</comment>
        <extracomment>Rule feedback-removal: why Amazon forbids it.</extracomment>
        <translation>Voor verkopersfeedback (niet voor productrecensies) is één neutrale opmerking toegestaan dat de koper zijn feedback mag bijwerken of verwijderen, pas nadat het probleem volledig is opgelost. Met druk of een beloning wordt het manipulatie. Het SP-API-berichttype voor deze opmerking is in augustus 2025 geschrapt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Amazon allows one review or feedback request per order, counting the Request a Review button, the Solicitations API and free-form messages together. Reminders are a second request.</source>
        <comment>repeated-review-request</comment>
        <extracomment>Rule repeated-review-request: why Amazon forbids it.</extracomment>
        <translation>Amazon staat één verzoek om een recensie of feedback per bestelling toe; de knop „Om een beoordeling vragen”, de Solicitations API en vrije berichten tellen samen. Een herinnering is een tweede verzoek.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Amazon&apos;s Request a Review button and Solicitations API accept a request only from 5 days after delivery until 30 days after it; asking before the buyer has the item, or months later, is outside the window.</source>
        <comment>review-request-window</comment>
        <extracomment>Rule review-request-window: why Amazon forbids it.</extracomment>
        <translation>De knop „Om een beoordeling vragen” en de Solicitations API accepteren een verzoek alleen van 5 tot 30 dagen na de bezorging; vragen voordat de koper het artikel heeft, of maanden later, valt buiten die termijn.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>URLs, bare domains, shortened links and links behind images or buttons that lead away from Amazon are not allowed. The exception is an https link the buyer needs to complete this order: the page to upload a customization design, the carrier&apos;s page to book a delivery slot, the page to redeem a digital key or book a home-service appointment.</source>
        <comment>external-link</comment>
        <extracomment>Rule external-link: why Amazon forbids it.</extracomment>
        <translation>URL&apos;s, losse domeinnamen, verkorte links en links achter afbeeldingen of knoppen die van Amazon wegleiden, zijn niet toegestaan. De uitzondering is een https-link die de koper nodig heeft om deze bestelling af te ronden: de pagina om een ontwerp voor de personalisatie te uploaden, de pagina van de vervoerder om een bezorgmoment te boeken, de pagina om een digitale code in te wisselen of om een afspraak voor een service aan huis te maken.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Any http:// link is blocked, even to an otherwise allowed destination: rewrite it to https.</source>
        <comment>insecure-link</comment>
        <extracomment>Rule insecure-link: why Amazon forbids it.</extracomment>
        <translation>Elke http://-link wordt geblokkeerd, ook naar een bestemming die verder is toegestaan: maak er https van.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Links to Amazon are allowed, but a brand store, another product&apos;s page or a search result is used to sell. A link to the ordered item or its review page in the single review request is tolerated; the Request a Review button is safer.</source>
        <comment>storefront-link</comment>
        <extracomment>Rule storefront-link: why Amazon forbids it.</extracomment>
        <translation>Links naar Amazon zijn toegestaan, maar een merkstore, de pagina van een ander product of een zoekresultaat dient om te verkopen. Een link naar het bestelde artikel of naar de recensiepagina ervan in het enige toegestane recensieverzoek wordt gedoogd; de knop „Om een beoordeling vragen” is veiliger.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unsubscribe links and instructions to stop seller messages are not allowed; Amazon controls opt-outs.</source>
        <comment>opt-out-link</comment>
        <extracomment>Rule opt-out-link: why Amazon forbids it.</extracomment>
        <translation>Afmeldlinks en instructies om geen berichten van de verkoper meer te ontvangen, zijn niet toegestaan; Amazon regelt het afmelden zelf.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Any e-mail address (seller, staff, third party), obfuscated forms such as &quot;name at example dot com&quot;, and mailto: links are forbidden; Amazon strips them.</source>
        <comment>email-address</comment>
        <extracomment>Rule email-address: why Amazon forbids it.</extracomment>
        <translation>Elk e-mailadres (van de verkoper, medewerkers of derden), verhulde vormen zoals „naam apenstaartje example punt nl” en mailto:-links zijn verboden; Amazon verwijdert ze.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Telephone numbers of any kind (seller, staff, WhatsApp) and tel: links are forbidden. Numbers next to a carrier, manufacturer or warranty service are still reported, as a warning. To get the buyer&apos;s number for a delivery, ask them to confirm it (confirmDeliveryDetails).</source>
        <comment>phone-number</comment>
        <extracomment>Rule phone-number: why Amazon forbids it.</extracomment>
        <translation>Telefoonnummers van welke soort ook (verkoper, medewerkers, WhatsApp) en tel:-links zijn verboden. Nummers bij een vervoerder, fabrikant of garantieservice worden ook gemeld, als waarschuwing. Heb je voor een bezorging het nummer van de koper nodig, vraag de koper dan om het te bevestigen (confirmDeliveryDetails).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Asking for the buyer&apos;s personal e-mail, phone, social accounts or other data the order does not need is risky. Confirming a contact phone or address for a delivery appointment is the confirmDeliveryDetails scope and fine.</source>
        <comment>personal-data-request</comment>
        <extracomment>Rule personal-data-request: why Amazon forbids it.</extracomment>
        <translation>Vragen naar het persoonlijke e-mailadres, telefoonnummer, sociale-media-accounts of andere gegevens van de koper die niet nodig zijn voor de bestelling, is riskant. Een telefoonnummer of adres laten bevestigen voor een bezorgafspraak valt onder confirmDeliveryDetails en mag wel.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Logos that link to a website, or visibly display a web address, are forbidden. A plain logo without a URL is fine.</source>
        <comment>logo-link</comment>
        <extracomment>Rule logo-link: why Amazon forbids it.</extracomment>
        <translation>Logo&apos;s die naar een website linken of zichtbaar een webadres tonen, zijn verboden. Een gewoon logo zonder URL mag wel.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pictures of the purchased product are not allowed (Amazon adds them). Photos the buyer asked for, customization proofs and damage photos in a return are fine.</source>
        <comment>product-image</comment>
        <extracomment>Rule product-image: why Amazon forbids it.</extracomment>
        <translation>Afbeeldingen van het gekochte product zijn niet toegestaan (Amazon voegt die zelf toe). Foto&apos;s waar de koper om heeft gevraagd, proefontwerpen van een personalisatie en foto&apos;s van schade bij een retour mogen wel.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Images unrelated to the brand or the business, such as memes, holiday stock photos or decorative banners, are not allowed.</source>
        <comment>unrelated-image</comment>
        <extracomment>Rule unrelated-image: why Amazon forbids it.</extracomment>
        <translation>Afbeeldingen zonder verband met het merk of het bedrijf, zoals memes, stockfoto&apos;s van vakanties of decoratieve banners, zijn niet toegestaan.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Images of 1×1 or 2×2 pixels, hidden images and open-tracking beacons of e-mail services track the buyer, which Amazon forbids.</source>
        <comment>tracking-pixel</comment>
        <extracomment>Rule tracking-pixel: why Amazon forbids it.</extracomment>
        <translation>Afbeeldingen van 1×1 of 2×2 pixels, verborgen afbeeldingen en pixels waarmee e-maildiensten meten of een mail is geopend, volgen de koper; dat verbiedt Amazon.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Attachments other than product instructions, warranty information or invoices (catalogues, coupons, flyers, e-books, archives, programs, HTML files) are not allowed. Customization proofs, legally required documents and digital-key files have their own message types.</source>
        <comment>attachment-type</comment>
        <extracomment>Rule attachment-type: why Amazon forbids it.</extracomment>
        <translation>Andere bijlagen dan productinstructies, garantie-informatie of facturen (catalogi, coupons, flyers, e-books, archiefbestanden, programma&apos;s, HTML-bestanden) zijn niet toegestaan. Proefontwerpen van een personalisatie, wettelijk verplichte documenten en bestanden met een digitale code hebben hun eigen berichttypen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Amazon accepts at most 10 MB of attachments per message: compress or split them.</source>
        <comment>attachment-size</comment>
        <extracomment>Rule attachment-size: why Amazon forbids it.</extracomment>
        <translation>Amazon accepteert maximaal 10 MB aan bijlagen per bericht: comprimeer de bestanden of verdeel ze over meerdere berichten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nudity, violence, adult or offensive language are not allowed. Product vocabulary the order needs is not offensive.</source>
        <comment>sensitive-content</comment>
        <extracomment>Rule sensitive-content: why Amazon forbids it.</extracomment>
        <translation>Naaktheid, geweld en seksueel expliciete of aanstootgevende taal zijn niet toegestaan. Productwoorden die voor de bestelling nodig zijn, gelden niet als aanstootgevend.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Threats of legal action or reports, insults, blame or pressure about claims, returns or feedback break Amazon&apos;s expectation of courteous messages.</source>
        <comment>hostile-tone</comment>
        <extracomment>Rule hostile-tone: why Amazon forbids it.</extracomment>
        <translation>Dreigen met juridische stappen of meldingen, beledigingen, verwijten of druk rond claims, retouren of feedback passen niet bij de beleefde berichten die Amazon verwacht.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Since November 2020 a proactive message must carry the order&apos;s 17-digit ID. An order-ID placeholder of a template ({order_id}, [Order ID], ${order.order_id}) counts. Through the SP-API or Seller Central Amazon attaches the order itself, so there it is only recommended (info).</source>
        <comment>missing-order-id</comment>
        <extracomment>Rule missing-order-id: why Amazon forbids it.</extracomment>
        <translation>Sinds november 2020 moet een proactief bericht het 17-cijferige bestelnummer bevatten. Een plaatshouder voor het bestelnummer in een sjabloon ({order_id}, [Order ID], ${order.order_id}) telt mee. Via de SP-API of Seller Central koppelt Amazon de bestelling zelf, dus daar is het alleen een aanbeveling (info).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>An order ID in the text that is not the order the message is attached to, or several IDs, suggests the message goes to the wrong buyer.</source>
        <comment>order-id-mismatch</comment>
        <extracomment>Rule order-id-mismatch: why Amazon forbids it.</extracomment>
        <translation>Een bestelnummer in de tekst dat niet hoort bij de bestelling waaraan het bericht is gekoppeld, of meerdere bestelnummers, wijst erop dat het bericht naar de verkeerde koper gaat.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Proactive messages may be sent only within 30 days of order completion (delivery, else the order date). More than 30 days after the order but within 30 days of delivery is a warning, since the sources disagree on which date counts. Replies to the buyer are not limited.</source>
        <comment>order-age</comment>
        <extracomment>Rule order-age: why Amazon forbids it.</extracomment>
        <translation>Proactieve berichten mogen alleen binnen 30 dagen na afronding van de bestelling worden verstuurd (de bezorging, anders de besteldatum). Meer dan 30 dagen na de bestelling maar binnen 30 dagen na de bezorging geeft een waarschuwing, omdat de bronnen het oneens zijn over welke datum telt. Voor antwoorden aan de koper geldt geen termijn.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Since November 2020 messages must be written in the buyer&apos;s language of preference (the SP-API&apos;s GetAttributes tells it). A bilingual message is a warning: it does not match the preference either.</source>
        <comment>language-mismatch</comment>
        <extracomment>Rule language-mismatch: why Amazon forbids it.</extracomment>
        <translation>Sinds november 2020 moeten berichten in de voorkeurstaal van de koper zijn geschreven (GetAttributes van de SP-API geeft die door). Een tweetalig bericht geeft een waarschuwing: ook dat komt niet overeen met de voorkeur.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Until 2025 a critical message sent from an own mail client could carry [Important] in the subject to reach buyers who had opted out; misuse on non-critical messages was a top reason for restrictions. Amazon has since removed the override: the tag is misuse on a non-critical message (error) and merely useless on a critical one (warning); delivery now depends on the contact reason or SP-API type. A translated tag ([Wichtig], [Importante], …) never had that effect: it is flagged as a warning.</source>
        <comment>important-tag-misuse</comment>
        <extracomment>Rule important-tag-misuse: why Amazon forbids it.</extracomment>
        <translation>Tot 2025 kon een kritiek bericht dat vanuit een eigen e-mailprogramma werd verstuurd, [Important] in het onderwerp krijgen om ook kopers te bereiken die zich hadden afgemeld; misbruik bij niet-kritieke berichten was een van de belangrijkste redenen voor beperkingen. Amazon heeft die uitzondering inmiddels geschrapt: de tag is misbruik bij een niet-kritiek bericht (fout) en alleen nutteloos bij een kritiek bericht (waarschuwing); of een bericht aankomt, hangt nu af van de contactreden of het SP-API-type. Een vertaalde tag ([Wichtig], [Importante], …) had dat effect nooit: die wordt als waarschuwing gemeld.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Messages sent through the Messaging API are plain text within the type&apos;s limit (confirmCustomizationDetails 800, digitalAccessKey 400, the others 2,000 characters), with no HTML or e-mail addresses, links only on the type&apos;s topic, and 1 to 5 attachments on the types that take them; invoice, warranty and legalDisclosure take attachments only.</source>
        <comment>api-text-constraints</comment>
        <extracomment>Rule api-text-constraints: why Amazon forbids it.</extracomment>
        <translation>Berichten via de Messaging API zijn platte tekst binnen de limiet van het type (confirmCustomizationDetails 800, digitalAccessKey 400, de andere 2.000 tekens), zonder HTML of e-mailadressen, met alleen links over het onderwerp van het type en met 1 tot 5 bijlagen bij de typen die bijlagen accepteren; invoice, warranty en legalDisclosure accepteren alleen bijlagen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A non-critical proactive message to a buyer who opted out bounces; the attempt itself is not penalised.</source>
        <comment>opted-out-buyer</comment>
        <extracomment>Rule opted-out-buyer: why Amazon forbids it.</extracomment>
        <translation>Een niet-kritiek proactief bericht aan een koper die zich heeft afgemeld, wordt geweigerd en komt niet aan; de poging zelf wordt niet bestraft.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Amazon caps proactive messages at about 5 × average daily orders + 600 per day and watches sudden bursts.</source>
        <comment>message-volume</comment>
        <extracomment>Rule message-volume: why Amazon forbids it.</extracomment>
        <translation>Amazon staat per dag ongeveer 5 × het gemiddelde aantal bestellingen per dag + 600 proactieve berichten toe en let op plotselinge pieken.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Messages from an e-mail client are rejected unless the sender address is registered for Buyer-Seller Messaging.</source>
        <comment>unauthorized-sender</comment>
        <extracomment>Rule unauthorized-sender: why Amazon forbids it.</extracomment>
        <translation>Berichten vanuit een e-mailprogramma worden afgewezen, tenzij het afzenderadres is geregistreerd voor Berichten koper-verkoper.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Emoji, pictographs, flags and keycaps are forbidden in the subject and the body. ©, ® and ™ are ordinary symbols. Text emoticons such as :-) are not emoji but share their intent (warning).</source>
        <comment>emoji</comment>
        <extracomment>Rule emoji: why Amazon forbids it.</extracomment>
        <translation>Emoji&apos;s, pictogrammen, vlaggen en toetssymbolen (keycaps) zijn verboden in het onderwerp en de berichttekst. ©, ® en ™ zijn gewone tekens. Tekstsmileys zoals :-) zijn geen emoji&apos;s, maar hebben dezelfde bedoeling (waarschuwing).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Amazon forbids GIFs; tools read this as animated GIFs. Convert the image to PNG or JPEG.</source>
        <comment>animated-gif</comment>
        <extracomment>Rule animated-gif: why Amazon forbids it.</extracomment>
        <translation>Amazon verbiedt GIF&apos;s; tools lezen dat als geanimeerde GIF&apos;s. Zet de afbeelding om naar PNG of JPEG.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Images or CSS resources loaded over http:// are forbidden.</source>
        <comment>insecure-image</comment>
        <extracomment>Rule insecure-image: why Amazon forbids it.</extracomment>
        <translation>Afbeeldingen of CSS-bronnen die via http:// worden geladen, zijn verboden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Images or graphics wider than 80 % of the maximum width (480 px of the assumed 600 px) are not allowed.</source>
        <comment>image-width</comment>
        <extracomment>Rule image-width: why Amazon forbids it.</extracomment>
        <translation>Afbeeldingen of graphics die breder zijn dan 80% van de maximale breedte (480 px van de aangenomen 600 px), zijn niet toegestaan.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Left or right margins or padding over 20 % of the maximum width (120 px of 600 px) are not allowed.</source>
        <comment>margin</comment>
        <extracomment>Rule margin: why Amazon forbids it.</extracomment>
        <translation>Marges of padding links of rechts van meer dan 20% van de maximale breedte (120 px van 600 px) zijn niet toegestaan.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changing the font family (font-family, &lt;font face&gt;, style sheets, web fonts) is not allowed.</source>
        <comment>font-family</comment>
        <extracomment>Rule font-family: why Amazon forbids it.</extracomment>
        <translation>Het lettertype wijzigen (font-family, &lt;font face&gt;, stylesheets, webfonts) is niet toegestaan.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Changing the text colour (color:, &lt;font color&gt;) is not allowed.</source>
        <comment>font-color</comment>
        <extracomment>Rule font-color: why Amazon forbids it.</extracomment>
        <translation>De tekstkleur wijzigen (color:, &lt;font color&gt;) is niet toegestaan.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Text in more than three font sizes (headings included) is not allowed.</source>
        <comment>font-sizes</comment>
        <extracomment>Rule font-sizes: why Amazon forbids it.</extracomment>
        <translation>Tekst in meer dan drie lettergroottes (koppen meegerekend) is niet toegestaan.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Changing the line height is not allowed.</source>
        <comment>line-height</comment>
        <extracomment>Rule line-height: why Amazon forbids it.</extracomment>
        <translation>De regelhoogte wijzigen is niet toegestaan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Centred, justified or right-aligned text is not allowed (right is the default for right-to-left languages).</source>
        <comment>alignment</comment>
        <extracomment>Rule alignment: why Amazon forbids it.</extracomment>
        <translation>Gecentreerde, uitgevulde of rechts uitgelijnde tekst is niet toegestaan (rechts is de standaard voor talen die van rechts naar links worden geschreven).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>More than two consecutive line breaks (three newlines, or three &lt;br&gt; or empty paragraphs) are not allowed.</source>
        <comment>line-breaks</comment>
        <extracomment>Rule line-breaks: why Amazon forbids it.</extracomment>
        <translation>Meer dan twee regeleinden achter elkaar (drie nieuwe regels, of drie &lt;br&gt; of lege alinea&apos;s) zijn niet toegestaan.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Images without alt text, link text that does not say where it goes (&quot;click here&quot;), low-contrast text and text only inside images fail WCAG, which Amazon&apos;s styling rules point to.</source>
        <comment>accessibility</comment>
        <extracomment>Rule accessibility: why Amazon forbids it.</extracomment>
        <translation>Afbeeldingen zonder alt-tekst, linkteksten die niet zeggen waar de link naartoe gaat („klik hier”), tekst met te weinig contrast en tekst die alleen in afbeeldingen staat, voldoen niet aan WCAG, waarnaar de opmaakregels van Amazon verwijzen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Amazon&apos;s guidelines list spelling errors. Names, brands, SKUs, placeholders and quoted buyer text are not checked; British and American spellings are both correct. Languages without a pyspellchecker dictionary (Polish among them) are not checked, and the report says so.</source>
        <comment>spelling</comment>
        <extracomment>Rule spelling: why Amazon forbids it.</extracomment>
        <translation>De richtlijnen van Amazon noemen spelfouten. Namen, merken, SKU&apos;s, plaatshouders en geciteerde tekst van de koper worden niet gecontroleerd; Britse en Amerikaanse spelling zijn allebei correct. Talen zonder woordenboek in pyspellchecker (waaronder Pools) worden niet gecontroleerd, en het rapport vermeldt dat.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Amazon&apos;s guidelines list grammar errors. Composer catches common slips of non-native writers (&quot;we has&quot;, &quot;please to confirm&quot;).</source>
        <comment>grammar</comment>
        <extracomment>Rule grammar: why Amazon forbids it.</extracomment>
        <translation>De richtlijnen van Amazon noemen grammaticafouten. Composer vindt veelgemaakte fouten van niet-moedertaalsprekers („we has”, „please to confirm”).</translation>
    </message>
</context>
<context>
    <name>rule-fix</name>
    <message>
        <location line="-796"/>
        <source>Remove the sentence</source>
        <comment>cancellation-request</comment>
        <extracomment>Rule cancellation-request: the button that fixes it.</extracomment>
        <translation>Zin verwijderen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove the sentence</source>
        <comment>promotion</comment>
        <extracomment>Rule promotion: the button that fixes it.</extracomment>
        <translation>Zin verwijderen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove the sentence</source>
        <comment>off-amazon</comment>
        <extracomment>Rule off-amazon: the button that fixes it.</extracomment>
        <translation>Zin verwijderen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove the sentence</source>
        <comment>extra-payment</comment>
        <extracomment>Rule extra-payment: the button that fixes it.</extracomment>
        <translation>Zin verwijderen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Remove the sentence</source>
        <comment>review-incentive</comment>
        <extracomment>Rule review-incentive: the button that fixes it.</extracomment>
        <translation>Zin verwijderen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove the sentence</source>
        <comment>review-manipulation</comment>
        <extracomment>Rule review-manipulation: the button that fixes it.</extracomment>
        <translation>Zin verwijderen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove the sentence</source>
        <comment>review-removal</comment>
        <extracomment>Rule review-removal: the button that fixes it.</extracomment>
        <translation>Zin verwijderen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Remove the sentence</source>
        <comment>repeated-review-request</comment>
        <extracomment>Rule repeated-review-request: the button that fixes it.</extracomment>
        <translation>Zin verwijderen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Remove the link</source>
        <comment>external-link</comment>
        <extracomment>Rule external-link: the button that fixes it.</extracomment>
        <translation>Link verwijderen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Use https</source>
        <comment>insecure-link</comment>
        <extracomment>Rule insecure-link: the button that fixes it.</extracomment>
        <translation>Omzetten naar https</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Remove the sentence</source>
        <comment>opt-out-link</comment>
        <extracomment>Rule opt-out-link: the button that fixes it.</extracomment>
        <translation>Zin verwijderen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove the address</source>
        <comment>email-address</comment>
        <extracomment>Rule email-address: the button that fixes it.</extracomment>
        <translation>Adres verwijderen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove the number</source>
        <comment>phone-number</comment>
        <extracomment>Rule phone-number: the button that fixes it.</extracomment>
        <translation>Nummer verwijderen</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Remove the image</source>
        <comment>tracking-pixel</comment>
        <extracomment>Rule tracking-pixel: the button that fixes it.</extracomment>
        <translation>Afbeelding verwijderen</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Add the order ID</source>
        <comment>missing-order-id</comment>
        <extracomment>Rule missing-order-id: the button that fixes it.</extracomment>
        <translation>Bestelnummer toevoegen</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Remove the tag</source>
        <comment>important-tag-misuse</comment>
        <extracomment>Rule important-tag-misuse: the button that fixes it.</extracomment>
        <translation>Tag verwijderen</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Remove the emoji</source>
        <comment>emoji</comment>
        <extracomment>Rule emoji: the button that fixes it.</extracomment>
        <translation>Emoji verwijderen</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Remove the margin</source>
        <comment>margin</comment>
        <extracomment>Rule margin: the button that fixes it.</extracomment>
        <translation>Marge verwijderen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove the font</source>
        <comment>font-family</comment>
        <extracomment>Rule font-family: the button that fixes it.</extracomment>
        <translation>Lettertype verwijderen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove the colour</source>
        <comment>font-color</comment>
        <extracomment>Rule font-color: the button that fixes it.</extracomment>
        <translation>Kleur verwijderen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Remove the line height</source>
        <comment>line-height</comment>
        <extracomment>Rule line-height: the button that fixes it.</extracomment>
        <translation>Regelhoogte verwijderen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove the alignment</source>
        <comment>alignment</comment>
        <extracomment>Rule alignment: the button that fixes it.</extracomment>
        <translation>Uitlijning verwijderen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keep two line breaks</source>
        <comment>line-breaks</comment>
        <extracomment>Rule line-breaks: the button that fixes it.</extracomment>
        <translation>Twee regeleinden behouden</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Correct the spelling</source>
        <comment>spelling</comment>
        <extracomment>Rule spelling: the button that fixes it.</extracomment>
        <translation>Spelling corrigeren</translation>
    </message>
</context>
<context>
    <name>rule-message</name>
    <message>
        <location line="-909"/>
        <source>Amazon already confirms orders; a message that only confirms one is not allowed: “{phrase}”.</source>
        <comment>order-confirmation</comment>
        <extracomment>Rule order-confirmation: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Amazon bevestigt bestellingen zelf; een bericht dat alleen een bestelling bevestigt, is niet toegestaan: „{phrase}”.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Amazon already tells the buyer about dispatch and delivery: “{phrase}”.</source>
        <comment>shipping-confirmation</comment>
        <extracomment>Rule shipping-confirmation: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Amazon informeert de koper al over verzending en bezorging: „{phrase}”.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Amazon notifies the buyer of refunds and returns itself: “{phrase}”.</source>
        <comment>refund-confirmation</comment>
        <extracomment>Rule refund-confirmation: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Amazon meldt terugbetalingen en retouren zelf aan de koper: „{phrase}”.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A message may not consist only of thanks or an offer to help: “{phrase}”.</source>
        <comment>thank-you-only</comment>
        <extracomment>Rule thank-you-only: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Een bericht mag niet alleen uit een bedankje of een hulpaanbod bestaan: „{phrase}”.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unprompted tips, FAQs or check-ins are not on Amazon&apos;s list of permitted proactive messages: “{phrase}”.</source>
        <comment>proactive-service-content</comment>
        <extracomment>Rule proactive-service-content: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Ongevraagde tips, veelgestelde vragen of „hoe bevalt het?”-berichten staan niet op de lijst van proactieve berichten die Amazon toestaat: „{phrase}”.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Offer no substitute for an order you cannot fulfil; cancel it instead: “{phrase}”.</source>
        <comment>out-of-stock-substitute</comment>
        <extracomment>Rule out-of-stock-substitute: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Bied geen alternatief aan voor een bestelling die je niet kunt uitvoeren, maar annuleer de bestelling: „{phrase}”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Do not ask the buyer to cancel; cancel the order yourself: “{phrase}”.</source>
        <comment>cancellation-request</comment>
        <extracomment>Rule cancellation-request: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Vraag de koper niet om te annuleren; annuleer de bestelling zelf: „{phrase}”.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No marketing of any kind in buyer messages: “{phrase}”.</source>
        <comment>promotion</comment>
        <extracomment>Rule promotion: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Geen enkele vorm van marketing in berichten aan kopers: „{phrase}”.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Do not steer the buyer or the payment away from Amazon: “{phrase}”.</source>
        <comment>off-amazon</comment>
        <extracomment>Rule off-amazon: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Leid de koper of de betaling niet weg van Amazon: „{phrase}”.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Do not ask for additional money after the sale: “{phrase}”.</source>
        <comment>extra-payment</comment>
        <extracomment>Rule extra-payment: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Vraag na de verkoop niet om extra geld: „{phrase}”.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The {type} message type does not carry this content: “{text}”.</source>
        <comment>purpose-mismatch</comment>
        <extracomment>Rule purpose-mismatch: what it reports. Keep {type}, {text} unchanged.</extracomment>
        <translation>Het berichttype {type} is niet bedoeld voor deze inhoud: „{text}”.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only buyers of an order of yours (or who contacted you) may be messaged: “{phrase}”.</source>
        <comment>no-order-relationship</comment>
        <extracomment>Rule no-order-relationship: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Je mag alleen kopers van een van je bestellingen (of mensen die contact met je hebben opgenomen) een bericht sturen: „{phrase}”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Offering anything of value for a review or feedback is prohibited: “{phrase}”.</source>
        <comment>review-incentive</comment>
        <extracomment>Rule review-incentive: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Iets van waarde aanbieden in ruil voor een recensie of feedback is verboden: „{phrase}”.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Review requests must be neutral and go to every buyer alike: “{phrase}”.</source>
        <comment>review-manipulation</comment>
        <extracomment>Rule review-manipulation: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Recensieverzoeken moeten neutraal zijn en alle kopers op dezelfde manier bereiken: „{phrase}”.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Never ask a buyer to change or remove a product review: “{phrase}”.</source>
        <comment>review-removal</comment>
        <extracomment>Rule review-removal: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Vraag een koper nooit om een productrecensie te wijzigen of te verwijderen: „{phrase}”.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only one neutral note that the buyer may update their seller feedback is tolerated; any pressure is prohibited: “{phrase}”.</source>
        <comment>feedback-removal</comment>
        <extracomment>Rule feedback-removal: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Alleen één neutrale opmerking dat de koper zijn verkopersfeedback mag bijwerken, wordt gedoogd; elke vorm van druk is verboden: „{phrase}”.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only one review request per order is allowed; reminders are not: “{phrase}”.</source>
        <comment>repeated-review-request</comment>
        <extracomment>Rule repeated-review-request: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Per bestelling is maar één recensieverzoek toegestaan; herinneringen niet: „{phrase}”.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Review requests belong between {first} and {last} (5 to 30 days after delivery): “{text}”.</source>
        <comment>review-request-window</comment>
        <extracomment>Rule review-request-window: what it reports. Keep {first}, {last}, {text} unchanged.</extracomment>
        <translation>Recensieverzoeken horen tussen {first} en {last} (5 tot 30 dagen na de bezorging): „{text}”.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Links to sites other than Amazon are not allowed ({why}): “{text}”.</source>
        <comment>external-link</comment>
        <extracomment>Rule external-link: what it reports. Keep {why}, {text} unchanged.</extracomment>
        <translation>Links naar andere sites dan Amazon zijn niet toegestaan ({why}): „{text}”.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Links must use https, not http: “{text}”.</source>
        <comment>insecure-link</comment>
        <extracomment>Rule insecure-link: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Links moeten https gebruiken, geen http: „{text}”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Links to your brand store, other products or search results read as promotion: “{text}”.</source>
        <comment>storefront-link</comment>
        <extracomment>Rule storefront-link: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Links naar je merkstore, andere producten of zoekresultaten komen over als promotie: „{text}”.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Do not offer an unsubscribe or opt-out; Amazon provides its own: “{text}”.</source>
        <comment>opt-out-link</comment>
        <extracomment>Rule opt-out-link: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Bied geen mogelijkheid aan om je af te melden; Amazon regelt dat zelf: „{text}”.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>E-mail addresses are not allowed; the buyer answers through Amazon: “{text}”.</source>
        <comment>email-address</comment>
        <extracomment>Rule email-address: what it reports. Keep {text} unchanged.</extracomment>
        <translation>E-mailadressen zijn niet toegestaan; de koper antwoordt via Amazon: „{text}”.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Phone numbers are not allowed in buyer messages: “{text}”.</source>
        <comment>phone-number</comment>
        <extracomment>Rule phone-number: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Telefoonnummers zijn niet toegestaan in berichten aan kopers: „{text}”.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Do not ask for the buyer&apos;s personal contact data: “{text}”.</source>
        <comment>personal-data-request</comment>
        <extracomment>Rule personal-data-request: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Vraag niet naar de persoonlijke contactgegevens van de koper: „{text}”.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A logo may not link to or display a website: “{text}”.</source>
        <comment>logo-link</comment>
        <extracomment>Rule logo-link: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Een logo mag niet naar een website linken of een webadres tonen: „{text}”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Amazon adds the product&apos;s picture itself: “{text}”.</source>
        <comment>product-image</comment>
        <extracomment>Rule product-image: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Amazon voegt de afbeelding van het product zelf toe: „{text}”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Images unrelated to your brand or the order (memes, stock photos) are not allowed: “{text}”.</source>
        <comment>unrelated-image</comment>
        <extracomment>Rule unrelated-image: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Afbeeldingen zonder verband met je merk of de bestelling (memes, stockfoto&apos;s) zijn niet toegestaan: „{text}”.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tracking pixels and hidden images are forbidden: “{text}”.</source>
        <comment>tracking-pixel</comment>
        <extracomment>Rule tracking-pixel: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Trackingpixels en verborgen afbeeldingen zijn verboden: „{text}”.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only product instructions, warranty information and invoices may be attached; {why}: “{text}”.</source>
        <comment>attachment-type</comment>
        <extracomment>Rule attachment-type: what it reports. Keep {why}, {text} unchanged.</extracomment>
        <translation>Alleen productinstructies, garantie-informatie en facturen mogen als bijlage worden meegestuurd; {why}: „{text}”.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Attachments may not exceed {limit} in one message (these are {size}).</source>
        <comment>attachment-size</comment>
        <extracomment>Rule attachment-size: what it reports. Keep {limit}, {size} unchanged.</extracomment>
        <translation>Bijlagen mogen samen niet groter zijn dan {limit} per bericht (hier {size}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Offensive or adult language is not allowed: “{text}”.</source>
        <comment>sensitive-content</comment>
        <extracomment>Rule sensitive-content: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Aanstootgevende of seksueel expliciete taal is niet toegestaan: „{text}”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Threats, blame or pressure on the buyer read as hostile: “{text}”.</source>
        <comment>hostile-tone</comment>
        <extracomment>Rule hostile-tone: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Dreigementen, verwijten of druk op de koper komen vijandig over: „{text}”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Proactive messages must name the 17-digit Amazon order ID (e.g. 123-1234567-1234567).</source>
        <comment>missing-order-id</comment>
        <extracomment>Rule missing-order-id: what it reports.</extracomment>
        <translation>Proactieve berichten moeten het 17-cijferige bestelnummer van Amazon vermelden (bijv. 123-1234567-1234567).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The message belongs to order {expected} but names “{text}”.</source>
        <comment>order-id-mismatch</comment>
        <extracomment>Rule order-id-mismatch: what it reports. Keep {expected}, {text} unchanged.</extracomment>
        <translation>Het bericht hoort bij bestelling {expected}, maar noemt „{text}”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Proactive messages are allowed only within 30 days of order completion; this order was completed {days} days ago.</source>
        <comment>order-age</comment>
        <extracomment>Rule order-age: what it reports. Keep {days} unchanged.</extracomment>
        <translation>Proactieve berichten zijn alleen toegestaan binnen 30 dagen na afronding van de bestelling; deze bestelling is {days} dagen geleden afgerond.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The message is written in {written}; the buyer&apos;s language of preference is {wanted}.</source>
        <comment>language-mismatch</comment>
        <extracomment>Rule language-mismatch: what it reports. Keep {written}, {wanted} unchanged.</extracomment>
        <translation>Taal van het bericht: {written}; voorkeurstaal van de koper: {wanted}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove {text} from the subject: {why}.</source>
        <comment>important-tag-misuse</comment>
        <extracomment>Rule important-tag-misuse: what it reports. Keep {text}, {why} unchanged.</extracomment>
        <translation>Verwijder {text} uit het onderwerp: {why}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The SP-API rejects this: {problem}.</source>
        <comment>api-text-constraints</comment>
        <extracomment>Rule api-text-constraints: what it reports. Keep {problem} unchanged.</extracomment>
        <translation>De SP-API weigert dit: {problem}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This buyer opted out of non-critical messages; this one will bounce.</source>
        <comment>opted-out-buyer</comment>
        <extracomment>Rule opted-out-buyer: what it reports.</extracomment>
        <translation>Deze koper heeft zich afgemeld voor niet-kritieke berichten; dit bericht komt niet aan.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Today&apos;s messages exceed Amazon&apos;s daily cap of about 5 × average daily orders + 600.</source>
        <comment>message-volume</comment>
        <extracomment>Rule message-volume: what it reports.</extracomment>
        <translation>De berichten van vandaag overschrijden de daglimiet van Amazon van ongeveer 5 × het gemiddelde aantal bestellingen per dag + 600.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mail from an address not authorised in Seller Central is rejected.</source>
        <comment>unauthorized-sender</comment>
        <extracomment>Rule unauthorized-sender: what it reports.</extracomment>
        <translation>E-mail van een adres dat niet in Seller Central is geautoriseerd, wordt afgewezen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Emoji and pictographs are not allowed: “{text}”.</source>
        <comment>emoji</comment>
        <extracomment>Rule emoji: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Emoji&apos;s en pictogrammen zijn niet toegestaan: „{text}”.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Animated GIFs are forbidden; a GIF cannot be shown to be static without its frames: “{text}”.</source>
        <comment>animated-gif</comment>
        <extracomment>Rule animated-gif: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Geanimeerde GIF&apos;s zijn verboden; zonder de frames valt niet aan te tonen dat een GIF stilstaat: „{text}”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Images and other resources must load over https: “{text}”.</source>
        <comment>insecure-image</comment>
        <extracomment>Rule insecure-image: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Afbeeldingen en andere bronnen moeten via https worden geladen: „{text}”.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Images may be at most 80 % of the message width: “{text}”.</source>
        <comment>image-width</comment>
        <extracomment>Rule image-width: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Afbeeldingen mogen maximaal 80% van de berichtbreedte beslaan: „{text}”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Margins may be at most 20 % of the message width: “{text}”.</source>
        <comment>margin</comment>
        <extracomment>Rule margin: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Marges mogen maximaal 20% van de berichtbreedte zijn: „{text}”.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Do not override the default font: “{text}”.</source>
        <comment>font-family</comment>
        <extracomment>Rule font-family: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Wijzig het standaardlettertype niet: „{text}”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Do not override the default text colour: “{text}”.</source>
        <comment>font-color</comment>
        <extracomment>Rule font-color: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Wijzig de standaardtekstkleur niet: „{text}”.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The text uses {count} font sizes; at most three are allowed.</source>
        <comment>font-sizes</comment>
        <extracomment>Rule font-sizes: what it reports. Keep {count} unchanged.</extracomment>
        <translation>De tekst gebruikt {count} lettergroottes; er zijn er maximaal drie toegestaan.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Do not override the default line height: “{text}”.</source>
        <comment>line-height</comment>
        <extracomment>Rule line-height: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Wijzig de standaardregelhoogte niet: „{text}”.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Keep the default text alignment: “{text}”.</source>
        <comment>alignment</comment>
        <extracomment>Rule alignment: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Behoud de standaarduitlijning van de tekst: „{text}”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No more than two line breaks in a row ({count} here).</source>
        <comment>line-breaks</comment>
        <extracomment>Rule line-breaks: what it reports. Keep {count} unchanged.</extracomment>
        <translation>Niet meer dan twee regeleinden achter elkaar (hier {count}).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Accessibility problem: {problem}: “{text}”.</source>
        <comment>accessibility</comment>
        <extracomment>Rule accessibility: what it reports. Keep {problem}, {text} unchanged.</extracomment>
        <translation>Toegankelijkheidsprobleem: {problem}: „{text}”.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Possible spelling mistake in {language}: “{text}”.</source>
        <comment>spelling</comment>
        <extracomment>Rule spelling: what it reports. Keep {language}, {text} unchanged.</extracomment>
        <translation>Mogelijke spelfout ({language}): „{text}”.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Possible grammar mistake: “{text}”.</source>
        <comment>grammar</comment>
        <extracomment>Rule grammar: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Mogelijke grammaticafout: „{text}”.</translation>
    </message>
</context>
<context>
    <name>rule-title</name>
    <message>
        <location line="-915"/>
        <source>Order confirmation</source>
        <comment>order-confirmation</comment>
        <extracomment>Rule order-confirmation (error): its title.</extracomment>
        <translation>Bestelbevestiging</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Shipping or delivery confirmation</source>
        <comment>shipping-confirmation</comment>
        <extracomment>Rule shipping-confirmation (error): its title.</extracomment>
        <translation>Verzend- of bezorgbevestiging</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Refund or return confirmation</source>
        <comment>refund-confirmation</comment>
        <extracomment>Rule refund-confirmation (warning): its title.</extracomment>
        <translation>Bevestiging van terugbetaling of retour</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Thanks or help offer only</source>
        <comment>thank-you-only</comment>
        <extracomment>Rule thank-you-only (error): its title.</extracomment>
        <translation>Alleen een bedankje of hulpaanbod</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unprompted tips, manuals or check-ins</source>
        <comment>proactive-service-content</comment>
        <extracomment>Rule proactive-service-content (warning): its title.</extracomment>
        <translation>Ongevraagde tips, handleidingen of „hoe bevalt het?”-berichten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Substitute for an out-of-stock item</source>
        <comment>out-of-stock-substitute</comment>
        <extracomment>Rule out-of-stock-substitute (warning): its title.</extracomment>
        <translation>Alternatief voor een uitverkocht artikel</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Asking the buyer to cancel</source>
        <comment>cancellation-request</comment>
        <extracomment>Rule cancellation-request (error): its title.</extracomment>
        <translation>De koper vragen te annuleren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Marketing or promotion</source>
        <comment>promotion</comment>
        <extracomment>Rule promotion (error): its title.</extracomment>
        <translation>Marketing of promotie</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Diverting the buyer off Amazon</source>
        <comment>off-amazon</comment>
        <extracomment>Rule off-amazon (error): its title.</extracomment>
        <translation>Koper weglokken van Amazon</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Asking for payment after the sale</source>
        <comment>extra-payment</comment>
        <extracomment>Rule extra-payment (error): its title.</extracomment>
        <translation>Om betaling vragen na de verkoop</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Content outside the chosen message type</source>
        <comment>purpose-mismatch</comment>
        <extracomment>Rule purpose-mismatch (error): its title.</extracomment>
        <translation>Inhoud buiten het gekozen berichttype</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Message to someone who did not order</source>
        <comment>no-order-relationship</comment>
        <extracomment>Rule no-order-relationship (error): its title.</extracomment>
        <translation>Bericht aan iemand die niets heeft besteld</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Review incentive</source>
        <comment>review-incentive</comment>
        <extracomment>Rule review-incentive (error): its title.</extracomment>
        <translation>Beloning voor een recensie</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Positive-only, conditional or steering review request</source>
        <comment>review-manipulation</comment>
        <extracomment>Rule review-manipulation (error): its title.</extracomment>
        <translation>Sturend, voorwaardelijk of alleen positief recensieverzoek</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Request to change or remove a review</source>
        <comment>review-removal</comment>
        <extracomment>Rule review-removal (error): its title.</extracomment>
        <translation>Verzoek om een recensie te wijzigen of te verwijderen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Seller feedback removal</source>
        <comment>feedback-removal</comment>
        <extracomment>Rule feedback-removal (warning): its title.</extracomment>
        <translation>Verwijdering van verkopersfeedback</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Second or reminder review request</source>
        <comment>repeated-review-request</comment>
        <extracomment>Rule repeated-review-request (error): its title.</extracomment>
        <translation>Tweede recensieverzoek of herinnering</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Review request outside the window</source>
        <comment>review-request-window</comment>
        <extracomment>Rule review-request-window (warning): its title.</extracomment>
        <translation>Recensieverzoek buiten de termijn</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Link to another website</source>
        <comment>external-link</comment>
        <extracomment>Rule external-link (error): its title.</extracomment>
        <translation>Link naar een andere website</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Insecure (http) link</source>
        <comment>insecure-link</comment>
        <extracomment>Rule insecure-link (error): its title.</extracomment>
        <translation>Onveilige link (http)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Amazon link used to sell</source>
        <comment>storefront-link</comment>
        <extracomment>Rule storefront-link (warning): its title.</extracomment>
        <translation>Amazon-link gebruikt om te verkopen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unsubscribe or opt-out link</source>
        <comment>opt-out-link</comment>
        <extracomment>Rule opt-out-link (error): its title.</extracomment>
        <translation>Uitschrijf- of afmeldlink</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>E-mail address</source>
        <comment>email-address</comment>
        <extracomment>Rule email-address (error): its title.</extracomment>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Phone number</source>
        <comment>phone-number</comment>
        <extracomment>Rule phone-number (error): its title.</extracomment>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Asking for personal data</source>
        <comment>personal-data-request</comment>
        <extracomment>Rule personal-data-request (warning): its title.</extracomment>
        <translation>Vragen om persoonsgegevens</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Logo that links to or shows a website</source>
        <comment>logo-link</comment>
        <extracomment>Rule logo-link (error): its title.</extracomment>
        <translation>Logo dat naar een website linkt of er een toont</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Picture of the purchased product</source>
        <comment>product-image</comment>
        <extracomment>Rule product-image (error): its title.</extracomment>
        <translation>Afbeelding van het gekochte product</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Image unrelated to the business</source>
        <comment>unrelated-image</comment>
        <extracomment>Rule unrelated-image (warning): its title.</extracomment>
        <translation>Afbeelding zonder verband met het bedrijf</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tracking pixel</source>
        <comment>tracking-pixel</comment>
        <extracomment>Rule tracking-pixel (error): its title.</extracomment>
        <translation>Trackingpixel</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Attachment type</source>
        <comment>attachment-type</comment>
        <extracomment>Rule attachment-type (error): its title.</extracomment>
        <translation>Type bijlage</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Attachments over 10 MB</source>
        <comment>attachment-size</comment>
        <extracomment>Rule attachment-size (error): its title.</extracomment>
        <translation>Bijlagen groter dan 10 MB</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Offensive language</source>
        <comment>sensitive-content</comment>
        <extracomment>Rule sensitive-content (error): its title.</extracomment>
        <translation>Aanstootgevende taal</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Hostile tone</source>
        <comment>hostile-tone</comment>
        <extracomment>Rule hostile-tone (warning): its title.</extracomment>
        <translation>Vijandige toon</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Missing order ID</source>
        <comment>missing-order-id</comment>
        <extracomment>Rule missing-order-id (error): its title.</extracomment>
        <translation>Bestelnummer ontbreekt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Order ID of another order</source>
        <comment>order-id-mismatch</comment>
        <extracomment>Rule order-id-mismatch (warning): its title.</extracomment>
        <translation>Bestelnummer van een andere bestelling</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Past the 30-day window</source>
        <comment>order-age</comment>
        <extracomment>Rule order-age (error): its title.</extracomment>
        <translation>Na de termijn van 30 dagen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not in the buyer&apos;s language</source>
        <comment>language-mismatch</comment>
        <extracomment>Rule language-mismatch (error): its title.</extracomment>
        <translation>Niet in de taal van de koper</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>[Important] in the subject</source>
        <comment>important-tag-misuse</comment>
        <extracomment>Rule important-tag-misuse (error): its title.</extracomment>
        <translation>[Important] in het onderwerp</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>SP-API message limits</source>
        <comment>api-text-constraints</comment>
        <extracomment>Rule api-text-constraints (error): its title.</extracomment>
        <translation>Limieten voor SP-API-berichten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Buyer has opted out</source>
        <comment>opted-out-buyer</comment>
        <extracomment>Rule opted-out-buyer (info): its title.</extracomment>
        <translation>Koper heeft zich afgemeld</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Message volume</source>
        <comment>message-volume</comment>
        <extracomment>Rule message-volume (info): its title.</extracomment>
        <translation>Aantal berichten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sender not authorised</source>
        <comment>unauthorized-sender</comment>
        <extracomment>Rule unauthorized-sender (info): its title.</extracomment>
        <translation>Afzender niet geautoriseerd</translation>
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
        <translation>GIF-afbeelding</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Image loaded over http</source>
        <comment>insecure-image</comment>
        <extracomment>Rule insecure-image (error): its title.</extracomment>
        <translation>Afbeelding via http geladen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Image too wide</source>
        <comment>image-width</comment>
        <extracomment>Rule image-width (warning): its title.</extracomment>
        <translation>Afbeelding te breed</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wide margins</source>
        <comment>margin</comment>
        <extracomment>Rule margin (warning): its title.</extracomment>
        <translation>Brede marges</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Font family</source>
        <comment>font-family</comment>
        <extracomment>Rule font-family (warning): its title.</extracomment>
        <translation>Lettertype</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Text colour</source>
        <comment>font-color</comment>
        <extracomment>Rule font-color (warning): its title.</extracomment>
        <translation>Tekstkleur</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>More than three font sizes</source>
        <comment>font-sizes</comment>
        <extracomment>Rule font-sizes (warning): its title.</extracomment>
        <translation>Meer dan drie lettergroottes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Line height</source>
        <comment>line-height</comment>
        <extracomment>Rule line-height (warning): its title.</extracomment>
        <translation>Regelhoogte</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Text alignment</source>
        <comment>alignment</comment>
        <extracomment>Rule alignment (warning): its title.</extracomment>
        <translation>Tekstuitlijning</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>More than two line breaks</source>
        <comment>line-breaks</comment>
        <extracomment>Rule line-breaks (warning): its title.</extracomment>
        <translation>Meer dan twee regeleinden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Accessibility</source>
        <comment>accessibility</comment>
        <extracomment>Rule accessibility (warning): its title.</extracomment>
        <translation>Toegankelijkheid</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Spelling</source>
        <comment>spelling</comment>
        <extracomment>Rule spelling (warning): its title.</extracomment>
        <translation>Spelling</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Grammar</source>
        <comment>grammar</comment>
        <extracomment>Rule grammar (warning): its title.</extracomment>
        <translation>Grammatica</translation>
    </message>
</context>
<context>
    <name>source</name>
    <message>
        <location line="+153"/>
        <source>Seed article 000: French article built around Amazon&apos;s bounce notice for opted-out buyers</source>
        <comment>000</comment>
        <extracomment>Policy source 000.</extracomment>
        <translation>Bronartikel 000: Frans artikel rond de melding van niet-bezorging die Amazon stuurt bij kopers die zich hebben afgemeld</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seed article 001: French article on the guideline change of 8 Sep 2020 (enforced from 3 Nov 2020): necessary vs. proactive permitted messages, 30-day window, 17-digit order ID, list of banned content, styling bans, enforcement ladder.</source>
        <comment>001</comment>
        <extracomment>Policy source 001.</extracomment>
        <translation>Bronartikel 001: Frans artikel over de wijziging van de richtlijnen van 8 sep. 2020 (gehandhaafd vanaf 3 nov. 2020): noodzakelijke tegenover proactief toegestane berichten, termijn van 30 dagen, 17-cijferig bestelnummer, lijst met verboden inhoud, verboden opmaak, oplopende sancties.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seed article 002: Portuguese seller guide: anonymised aliases, attachments under 10 MB, critical messages and `[Important]`, over-messaging.</source>
        <comment>002</comment>
        <extracomment>Policy source 002.</extracomment>
        <translation>Bronartikel 002: Portugese gids voor verkopers: geanonimiseerde aliassen, bijlagen kleiner dan 10 MB, kritieke berichten en `[Important]`, te veel berichten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seed article 003: Polish article on the same 2020 update</source>
        <comment>003</comment>
        <extracomment>Policy source 003.</extracomment>
        <translation>Bronartikel 003: Pools artikel over dezelfde update van 2020</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed article 004: French multichannel article: no promotion, diversion, discount codes or off-Amazon links in Amazon messages (its &apos;package insert bridge&apos; tactic is outside messaging and itself risky).</source>
        <comment>004</comment>
        <extracomment>Policy source 004.</extracomment>
        <translation>Bronartikel 004: Frans artikel over verkopen via meerdere kanalen: geen promotie, omleiding, kortingscodes of links buiten Amazon in berichten via Amazon (de tactiek met een „brug” via een flyer in het pakket valt buiten de berichten en is zelf riskant).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amazon UK Seller Forums staff post &apos;Communication Guidelines – Permitted messages&apos;</source>
        <comment>A1</comment>
        <extracomment>Policy source A1.</extracomment>
        <translation>Bericht van Amazon-medewerkers op de Britse Seller Forums „Communication Guidelines – Permitted messages”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amazon UK Seller Forums staff post &apos;Mastering Buyer Communication: Critical vs. Non-Critical Messages&apos;</source>
        <comment>A2</comment>
        <extracomment>Policy source A2.</extracomment>
        <translation>Bericht van Amazon-medewerkers op de Britse Seller Forums „Mastering Buyer Communication: Critical vs. Non-Critical Messages”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon forum news &apos;Change to Buyer-Seller Messaging options&apos; ([Important] override removed)</source>
        <comment>A3</comment>
        <extracomment>Policy source A3.</extracomment>
        <translation>Nieuws op het Amazon-forum „Change to Buyer-Seller Messaging options” (de uitzondering via [Important] is geschrapt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seller Central help &apos;Buyer-Seller Messaging frequently asked questions&apos; (older version with the `[Important]` instructions)</source>
        <comment>A4</comment>
        <extracomment>Policy source A4.</extracomment>
        <translation>Seller Central-help „Buyer-Seller Messaging frequently asked questions” (oudere versie met de instructies voor `[Important]`)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seller Central help &apos;Buyer-Seller Messages FAQ&apos; (current)</source>
        <comment>A5</comment>
        <extracomment>Policy source A5.</extracomment>
        <translation>Seller Central-help „Buyer-Seller Messages FAQ” (huidige versie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seller Central help &apos;Buyer-Seller Messaging&apos; (attachments up to 10 MB, critical subject)</source>
        <comment>A6</comment>
        <extracomment>Policy source A6.</extracomment>
        <translation>Seller Central-help „Buyer-Seller Messaging” (bijlagen tot 10 MB, onderwerp van kritieke berichten)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seller Central help &apos;Prohibited seller activities and actions&apos;</source>
        <comment>A7</comment>
        <extracomment>Policy source A7.</extracomment>
        <translation>Seller Central-help „Prohibited seller activities and actions”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seller Central help &apos;Customer product reviews policies&apos;</source>
        <comment>A8</comment>
        <extracomment>Policy source A8.</extracomment>
        <translation>Seller Central-help „Customer product reviews policies”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seller Central help &apos;Answers to questions about product reviews&apos;</source>
        <comment>A9</comment>
        <extracomment>Policy source A9.</extracomment>
        <translation>Seller Central-help „Answers to questions about product reviews”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seller Central help on handling negative seller feedback (neutral removal notice allowed, pressure not)</source>
        <comment>A10</comment>
        <extracomment>Policy source A10.</extracomment>
        <translation>Seller Central-help over negatieve verkopersfeedback (een neutrale melding dat verwijderen kan, is toegestaan; druk niet)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seller Central help &apos;Communication Guidelines&apos;, older version (IT, G1701; review rules also cover package inserts)</source>
        <comment>A11</comment>
        <extracomment>Policy source A11.</extracomment>
        <translation>Seller Central-help „Communication Guidelines”, oudere versie (IT, G1701; de recensieregels gelden ook voor flyers in het pakket)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon developer forum &apos;Updated Communications Guidelines for Buyer-Seller Messaging&apos; (language of preference required from 3 Nov 2020)</source>
        <comment>A12</comment>
        <extracomment>Policy source A12.</extracomment>
        <translation>Amazon-ontwikkelaarsforum „Updated Communications Guidelines for Buyer-Seller Messaging” (voorkeurstaal verplicht vanaf 3 nov. 2020)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon EU Seller Forums post on customer reviews and the &apos;Request a review&apos; feature</source>
        <comment>A13</comment>
        <extracomment>Policy source A13.</extracomment>
        <translation>Bericht op de Amazon EU Seller Forums over klantrecensies en de functie „Om een beoordeling vragen” (Request a review)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seller Central help &apos;Messaging Permissions&apos; (unauthorised sender addresses are rejected)</source>
        <comment>A14</comment>
        <extracomment>Policy source A14.</extracomment>
        <translation>Seller Central-help „Messaging Permissions” (Berichtenmachtigingen: niet-geautoriseerde afzenderadressen worden afgewezen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seller Central help &apos;Communication guidelines&apos; (G1801), the canonical page, reconstructed from A1, 001, 003, T1 and T3</source>
        <comment>A15</comment>
        <extracomment>Policy source A15.</extracomment>
        <translation>Seller Central-help „Communication guidelines” (G1801, Communicatierichtlijnen), de hoofdpagina, gereconstrueerd uit A1, 001, 003, T1 en T3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seller Central help &apos;Manage Your Customer Engagement campaign requirements&apos; (the sanctioned marketing channel, not messaging)</source>
        <comment>A16</comment>
        <extracomment>Policy source A16.</extracomment>
        <translation>Seller Central-help „Manage Your Customer Engagement campaign requirements” (het toegestane marketingkanaal, niet de berichtenservice)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon SP-API Messaging model (models/messaging-api-model/messaging.json): message types, critical labels, text limits, no HTML or e-mail addresses, topic-limited links</source>
        <comment>D1</comment>
        <extracomment>Policy source D1.</extracomment>
        <translation>Amazon SP-API Messaging-model (models/messaging-api-model/messaging.json): berichttypen, labels voor kritieke berichten, tekstlimieten, geen HTML of e-mailadressen, links alleen over het onderwerp van het type</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon SP-API Solicitations model (models/solicitations-api-model/solicitations.json): one review and feedback solicitation per order, non-critical</source>
        <comment>D2</comment>
        <extracomment>Policy source D2.</extracomment>
        <translation>Amazon SP-API Solicitations-model (models/solicitations-api-model/solicitations.json): één verzoek om een recensie en feedback per bestelling, niet kritiek</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Messaging API guide and &apos;Send a message&apos; tutorial</source>
        <comment>D3</comment>
        <extracomment>Policy source D3.</extracomment>
        <translation>Handleiding van de Messaging API en tutorial „Send a message”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solicitations API tutorials (window 5 days after EarliestDeliveryDate to 30 days after LatestDeliveryDate; no positive-only asks, no edits to reviews, no rewards)</source>
        <comment>D4</comment>
        <extracomment>Policy source D4.</extracomment>
        <translation>Tutorials voor de Solicitations API (termijn van 5 dagen na EarliestDeliveryDate tot 30 dagen na LatestDeliveryDate; niet alleen om positieve recensies vragen, geen wijzigingen van recensies, geen beloningen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Jungle Scout, Sep 2020 update summary</source>
        <comment>T1</comment>
        <extracomment>Policy source T1.</extracomment>
        <translation>Jungle Scout, samenvatting van de update van sep. 2020</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EcommerceBytes, 8 Sep 2020, the eleven styling rules and seller reactions</source>
        <comment>T2</comment>
        <extracomment>Policy source T2.</extracomment>
        <translation>EcommerceBytes, 8 sep. 2020, de elf opmaakregels en reacties van verkopers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FeedbackWhiz help</source>
        <comment>T3</comment>
        <extracomment>Policy source T3.</extracomment>
        <translation>Help van FeedbackWhiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>eComEngine help, why proactive messages get blocked/restricted</source>
        <comment>T4</comment>
        <extracomment>Policy source T4.</extracomment>
        <translation>Help van eComEngine: waarom proactieve berichten worden geblokkeerd of beperkt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>eDesk support, avoiding messaging suspension (daily cap, storefront links, logos, e-mail stripping)</source>
        <comment>T5</comment>
        <extracomment>Policy source T5.</extracomment>
        <translation>Support van eDesk: blokkering van de berichtenfunctie voorkomen (daglimiet, links naar de merkstore, logo&apos;s, verwijderde e-mailadressen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>3Dsellers, Nov 2020 compliance checklist</source>
        <comment>T6</comment>
        <extracomment>Policy source T6.</extracomment>
        <translation>3Dsellers, checklist voor naleving van nov. 2020</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reproduction of Amazon&apos;s Nov 2019 &apos;clarification to communication guidelines&apos; (includes `[Important]` misuse and &apos;content that differs from the contact reason&apos;)</source>
        <comment>T7</comment>
        <extracomment>Policy source T7.</extracomment>
        <translation>Weergave van Amazons „clarification to communication guidelines” van nov. 2019 (met misbruik van `[Important]` en „inhoud die afwijkt van de contactreden”)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ReplyManager on opt-out (claims buyers cannot opt out of Handmade/custom-order messages)</source>
        <comment>T8</comment>
        <extracomment>Policy source T8.</extracomment>
        <translation>ReplyManager over afmelden (stelt dat kopers zich niet kunnen afmelden voor berichten over Handmade- of maatwerkbestellingen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FeedbackFive, 2017 opt-out history</source>
        <comment>T9</comment>
        <extracomment>Policy source T9.</extracomment>
        <translation>FeedbackFive, geschiedenis van het afmelden in 2017</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coverage of the 2025 `[Important]` change</source>
        <comment>T10</comment>
        <extracomment>Policy source T10.</extracomment>
        <translation>Berichtgeving over de wijziging rond `[Important]` in 2025</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seller reports of keyword-triggered enforcement (late 2025)</source>
        <comment>T11</comment>
        <extracomment>Policy source T11.</extracomment>
        <translation>Meldingen van verkopers over handhaving op basis van trefwoorden (eind 2025)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FeedbackExpress guidance (no storefront links; review-page link tolerated)</source>
        <comment>T12</comment>
        <extracomment>Policy source T12.</extracomment>
        <translation>Richtlijnen van FeedbackExpress (geen links naar de merkstore; een link naar de recensiepagina wordt gedoogd)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sonemos, Nov 2020 (plain logos fine; manuals/warranty mails fine)</source>
        <comment>T13</comment>
        <extracomment>Policy source T13.</extracomment>
        <translation>Sonemos, nov. 2020 (gewone logo&apos;s mogen; mails met handleidingen of garantie-informatie mogen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chinese summary of an earlier guideline wording (phone numbers tied to warranty/carrier/manufacturer, attachments needed to resolve an issue, descriptive link text)</source>
        <comment>T14</comment>
        <extracomment>Policy source T14.</extracomment>
        <translation>Chinese samenvatting van een eerdere versie van de richtlijnen (telefoonnummers van een garantieservice, vervoerder of fabrikant, bijlagen die nodig zijn om een probleem op te lossen, beschrijvende linkteksten)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>StarQuester glossary (Request a Review: one per order, 5–30 days after delivery)</source>
        <comment>T15</comment>
        <extracomment>Policy source T15.</extracomment>
        <translation>Woordenlijst van StarQuester („Om een beoordeling vragen”: één per bestelling, 5–30 dagen na de bezorging)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trendle docs (claims on per-order and 6-month limits, unverified)</source>
        <comment>T16</comment>
        <extracomment>Policy source T16.</extracomment>
        <translation>Documentatie van Trendle (beweringen over limieten per bestelling en na 6 maanden, niet geverifieerd)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ChannelX, Sep 2020 (guidelines became a programme policy; spelling rules bite in non-English marketplaces)</source>
        <comment>T17</comment>
        <extracomment>Policy source T17.</extracomment>
        <translation>ChannelX, sep. 2020 (de richtlijnen werden programmabeleid; de spellingregels tellen vooral zwaar in niet-Engelstalige marketplaces)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AMZ Alliance quoting the older &apos;Prohibited seller activities&apos; wording (courteous, relevant, appropriate)</source>
        <comment>T18</comment>
        <extracomment>Policy source T18.</extracomment>
        <translation>AMZ Alliance citeert de oudere tekst van „Prohibited seller activities” (beleefd, relevant, gepast)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Feedvisor, updated 2026 (claims an AI filter scans outgoing messages, unverified)</source>
        <comment>T19</comment>
        <extracomment>Policy source T19.</extracomment>
        <translation>Feedvisor, bijgewerkt in 2026 (beweert dat een AI-filter uitgaande berichten scant, niet geverifieerd)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reproduction of the Communication Guidelines &apos;order status messages&apos; section (Problem with Order, returns, do not ask buyers to cancel)</source>
        <comment>T20</comment>
        <extracomment>Policy source T20.</extracomment>
        <translation>Weergave van de sectie „order status messages” (Bestelstatusberichten) van de Communication Guidelines (Probleem met bestelling, retouren, kopers niet vragen te annuleren)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Jungle Scout explainer of Prohibited Seller Activities (no price increases after the sale)</source>
        <comment>T21</comment>
        <extracomment>Policy source T21.</extracomment>
        <translation>Uitleg van Jungle Scout over Prohibited Seller Activities (geen prijsverhogingen na de verkoop)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seller Labs on messaging suspensions (asking for personal information, complaint rate)</source>
        <comment>T22</comment>
        <extracomment>Policy source T22.</extracomment>
        <translation>Seller Labs over blokkeringen van de berichtenfunctie (vragen om persoonsgegevens, klachtenpercentage)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>eCommerce Nurse, Oct 2020 (&apos;within 30 days of order completion&apos; wording, enforcement date 6 Nov 2020)</source>
        <comment>T23</comment>
        <extracomment>Policy source T23.</extracomment>
        <translation>eCommerce Nurse, okt. 2020 (de formulering „within 30 days of order completion”, handhaving vanaf 6 nov. 2020)</translation>
    </message>
</context>
</TS>
