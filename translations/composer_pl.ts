<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>AccountCheck</name>
    <message>
        <location filename="../composer/services/account_check.py" line="+69"/>
        <source>nothing to test: the account has neither LWA credentials nor an SMTP server</source>
        <translation>nie ma czego testować: konto nie ma ani danych dostępowych LWA, ani serwera SMTP</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not set up (no LWA credentials)</source>
        <translation>nie skonfigurowano (brak danych dostępowych LWA)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not tried: a secret is missing</source>
        <translation>nie sprawdzono: brakuje części danych dostępowych</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not set up (no SMTP server)</source>
        <translation>nie skonfigurowano (brak serwera SMTP)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not tried: the SMTP password is missing</source>
        <translation>nie sprawdzono: brak hasła SMTP</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no sender address: e-mail cannot be sent without one</source>
        <translation>brak adresu nadawcy: bez niego nie można wysłać e-maila</translation>
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
        <translation>{keyring} nie zawiera dla tego konta: {secrets}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{keyring} holds {secrets}</source>
        <translation>{keyring} zawiera: {secrets}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{address} gave an access token</source>
        <translation>serwer {address} wydał token dostępu</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../composer/ui/accounts_dialog.py" line="+186"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Marketplace:</source>
        <translation>Sklep &amp;Amazon:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>LWA client &amp;ID:</source>
        <translation>&amp;ID klienta LWA:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWA client &amp;secret:</source>
        <translation>&amp;Klucz tajny klienta LWA:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh token:</source>
        <translation>&amp;Token odświeżania:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SMTP ser&amp;ver:</source>
        <translation>&amp;Serwer SMTP:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sec&amp;urity:</source>
        <translation>&amp;Zabezpieczenia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Użytkownik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorised se&amp;nder:</source>
        <translation>Autoryzowany na&amp;dawca:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SP-API &amp;endpoint:</source>
        <translation>&amp;Endpoint SP-API:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;LWA endpoint:</source>
        <translation>Endpoint &amp;LWA:</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+1"/>
        <source>Add a seller account</source>
        <translation>Dodaj konto sprzedawcy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Account name</source>
        <translation>Nazwa konta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketplace</source>
        <translation>Sklep Amazon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sandbox</source>
        <translation>Środowisko testowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyring problem</source>
        <translation>Problem z pękiem kluczy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWA client ID</source>
        <translation>ID klienta LWA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWA client secret</source>
        <translation>Klucz tajny klienta LWA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh token</source>
        <translation>Token odświeżania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP server</source>
        <translation>Serwer SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP port</source>
        <translation>Port SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP security</source>
        <translation>Zabezpieczenia SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP user</source>
        <translation>Użytkownik SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP password</source>
        <translation>Hasło SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorised sender</source>
        <translation>Autoryzowany nadawca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoints for testing</source>
        <translation>Endpointy testowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SP-API endpoint</source>
        <translation>Endpoint SP-API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWA endpoint</source>
        <translation>Endpoint LWA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form problem</source>
        <translation>Problem z formularzem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add account</source>
        <translation>Dodaj konto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Shop DE</source>
        <translation>np. Sklep DE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>service@your-shop.com</source>
        <translation>obsluga@twoj-sklep.pl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use Amazon&apos;s SP-API sandbox (test calls; nothing reaches a buyer)</source>
        <translation>Używaj środowiska testowego SP-API (sandbox): wywołania testowe, nic nie trafia do kupującego</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selling Partner API (Login with Amazon credentials of your app)</source>
        <translation>Selling Partner API (dane Login with Amazon Twojej aplikacji)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail to the buyer&apos;s Amazon address</source>
        <translation>E-mail na adres kupującego w Amazon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usual port</source>
        <translation>port domyślny</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An address authorised for Buyer-Seller Messaging in Seller Central: Amazon&apos;s relay drops mail from any other</source>
        <translation>Adres autoryzowany w Seller Central do usługi Wiadomości między kupującym a sprzedawcą: serwer pośredniczący Amazon odrzuca pocztę z innych adresów</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endpoints for testing (instead of Amazon&apos;s hosts)</source>
        <translation>Endpointy testowe (zamiast serwerów Amazon)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://… (http only to 127.0.0.1)</source>
        <translation>https://… (http tylko dla 127.0.0.1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{problem}
The account can still be added without secrets.</source>
        <translation>{problem}
Konto można dodać także bez danych dostępowych.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account was not added: {error}</source>
        <translation>Nie dodano konta: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SP-API needs all three credentials, or none; missing: {secrets}.</source>
        <translation>SP-API wymaga wszystkich trzech danych dostępowych albo żadnych; brakuje: {secrets}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An SMTP password was given without an SMTP user.</source>
        <translation>Podano hasło SMTP bez użytkownika SMTP.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An authorised sender needs the SMTP server to send from.</source>
        <translation>Autoryzowany nadawca wymaga serwera SMTP, przez który będzie wysyłana poczta.</translation>
    </message>
</context>
<context>
    <name>AccountWords</name>
    <message>
        <location filename="../composer/services/accounts.py" line="+165"/>
        <source>The {what} {url} is not a URL: {reason}</source>
        <extracomment>{what} is &quot;SP-API endpoint&quot; or &quot;LWA endpoint&quot;, {url} the address as typed.</extracomment>
        <translation>Podany {what} {url} nie jest adresem URL: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The {what} {url} is not an https:// URL with a host name</source>
        <translation>Podany {what} {url} nie jest adresem https:// z nazwą hosta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The {what} {url} uses plain http to another machine; use https (plain http is allowed only to this machine: 127.0.0.1, ::1, localhost)</source>
        <translation>Podany {what} {url} używa zwykłego http do innego komputera; użyj https (zwykłe http jest dozwolone tylko do tego komputera: 127.0.0.1, ::1, localhost)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The {what} must not hold a user name or password; secrets go in the keyring</source>
        <translation>Podany {what} nie może zawierać nazwy użytkownika ani hasła; dane dostępowe przechowuje się w pęku kluczy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The {what} {url} must not have a query or fragment</source>
        <translation>Podany {what} {url} nie może zawierać zapytania ani fragmentu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The {what} {address} is not an e-mail address</source>
        <extracomment>{what} names the address (&quot;sender&quot;), {address} is the address as typed.</extracomment>
        <translation>Podany {what} {address} nie jest adresem e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sender</source>
        <translation>adres nadawcy</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The account name {name} is not usable: 1 to 64 letters, digits, spaces and . _ - @ +, not starting or ending with a space</source>
        <translation>Nazwy konta {name} nie można użyć: dozwolone jest od 1 do 64 znaków (litery, cyfry, spacje oraz . _ - @ +), bez spacji na początku i na końcu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown region {region}; use NA, EU or FE</source>
        <translation>Nieznany region {region}; użyj: NA, EU lub FE</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Marketplace {code} ({country}) is served by the {region} region, not {account_region}</source>
        <translation>Sklep Amazon {code} ({country}) należy do regionu {region}, a nie {account_region}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SP-API endpoint</source>
        <translation>endpoint SP-API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LWA endpoint</source>
        <translation>endpoint LWA</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown SMTP security {security}; use starttls, ssl or plain</source>
        <translation>Nieznany tryb zabezpieczeń SMTP {security}; użyj: starttls, ssl lub plain</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown secret name {key}</source>
        <translation>Nieznany rodzaj danych dostępowych: {key}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The SMTP host {host} is not a host name</source>
        <translation>Serwer SMTP {host} nie jest poprawną nazwą hosta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SMTP settings need the SMTP host</source>
        <translation>Ustawienia SMTP wymagają podania serwera SMTP</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The SMTP port {port} is not between 1 and 65535</source>
        <translation>Port SMTP {port} nie mieści się w zakresie od 1 do 65535</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Plain SMTP (no encryption) to {host} would send the password and the buyer&apos;s message in clear; use starttls or ssl (plain is allowed only to this machine)</source>
        <translation>Zwykłe połączenie SMTP (bez szyfrowania) z {host} przesłałoby hasło i wiadomość dla kupującego otwartym tekstem; użyj starttls lub ssl (tryb plain jest dozwolony tylko do tego komputera)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The SMTP user name is empty or has a line break</source>
        <translation>Nazwa użytkownika SMTP jest pusta lub zawiera podział wiersza</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Create a new client secret for the app in Amazon&apos;s Developer Console (Amazon e-mails a notice 90 days ahead) and save it with: {command}</source>
        <extracomment>{command} is the command to type, as it is.</extracomment>
        <translation>Utwórz nowy klucz tajny klienta dla aplikacji w Developer Console Amazon (Amazon wysyła powiadomienie e-mailem 90 dni wcześniej) i zapisz go poleceniem: {command}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 day ago</source>
        <translation>1 dzień temu</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n dzień temu</numerusform>
            <numerusform>%n dni temu</numerusform>
            <numerusform>%n dni temu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The LWA client secret of account {name} is overdue for rotation: it was saved on {saved}, and Amazon requires a new one every 180 days (due {deadline}, {ago}); SP-API calls fail with an expired secret. {how}</source>
        <extracomment>{ago} is &quot;3 days ago&quot;; {how} says how to rotate the secret.</extracomment>
        <translation>Klucz tajny klienta LWA konta {name} nie został zmieniony w terminie: zapisano go {saved}, a Amazon wymaga nowego co 180 dni (termin: {deadline}, {ago}); wywołania SP-API z wygasłym kluczem kończą się błędem. {how}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>today</source>
        <translation>dzisiaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in 1 day</source>
        <translation>za 1 dzień</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n days</source>
        <translation>
            <numerusform>za %n dzień</numerusform>
            <numerusform>za %n dni</numerusform>
            <numerusform>za %n dni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The LWA client secret of account {name} must be rotated by {deadline} ({when}): Amazon requires a new one every 180 days and SP-API calls fail after that day. {how}</source>
        <extracomment>{when} is &quot;today&quot; or &quot;in 3 days&quot;; {how} says how to rotate the secret.</extracomment>
        <translation>Klucz tajny klienta LWA konta {name} trzeba zmienić do {deadline} ({when}): Amazon wymaga nowego co 180 dni, a po tym dniu wywołania SP-API kończą się błędem. {how}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The keyring holds no {secret} for account {name}; save it with: {command}</source>
        <translation>Pęk kluczy nie zawiera dla konta {name}: {secret}; zapisz poleceniem: {command}</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+48"/>
        <source>The {secret} is empty</source>
        <translation>Pusta wartość: {secret}</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>An account named {name} exists already</source>
        <translation>Konto o nazwie {name} już istnieje</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Cannot set aside {path}: {reason}</source>
        <translation>Nie można odłożyć pliku {path} na bok: {reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Another Composer (the window or a command line) is changing the accounts right now; nothing was changed. Try again in a moment.</source>
        <translation>Inna instancja programu Composer (okno lub wiersz poleceń) właśnie zmienia konta; nic nie zostało zmienione. Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The accounts file {path} is damaged ({reason}); Composer has left it as it is and will not change it. Correct it, or move it away to start again (the secrets stay in the keyring).</source>
        <translation>Plik kont {path} jest uszkodzony ({reason}); Composer pozostawił go bez zmian i nie będzie go modyfikować. Popraw go albo przenieś w inne miejsce, aby zacząć od nowa (dane dostępowe pozostaną w pęku kluczy).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read the accounts file {path}: {reason}</source>
        <translation>Nie można odczytać pliku kont {path}: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not UTF-8 text</source>
        <translation>to nie jest tekst UTF-8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not JSON: {problem} at line {line}</source>
        <translation>to nie jest JSON: {problem} w wierszu {line}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a Composer accounts file: no {field}</source>
        <translation>to nie jest plik kont programu Composer: brak pola {field}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no format version</source>
        <translation>brak wersji formatu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The accounts file {path} was written by a newer Composer (format {version}); update Composer to use it. It was left as it is.</source>
        <translation>Plik kont {path} został zapisany przez nowszą wersję programu Composer (format {version}); zaktualizuj Composer, aby go używać. Plik pozostawiono bez zmian.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{field} is not a list</source>
        <translation>pole {field} nie jest listą</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>account {n}: {reason}</source>
        <translation>konto {n}: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>account {n}: the name {name} appears twice</source>
        <translation>konto {n}: nazwa {name} występuje dwukrotnie</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+104"/>
        <source>Cannot write the accounts file {path}: {reason}</source>
        <translation>Nie można zapisać pliku kont {path}: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no account {name} (accounts: {names})</source>
        <translation>Nie ma konta {name} (konta: {names})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no account {name} (there are no accounts yet)</source>
        <translation>Nie ma konta {name} (nie dodano jeszcze żadnego konta)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown secret {key}; the secrets are: {keys}</source>
        <translation>Nieznany rodzaj danych dostępowych: {key}; dostępne: {keys}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>missing {field}</source>
        <translation>brak pola {field}</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../composer/ui/accounts_dialog.py" line="-373"/>
        <source>New LWA client secret…</source>
        <translation>Nowy klucz tajny klienta LWA…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New refresh token…</source>
        <translation>Nowy token odświeżania…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWA client ID…</source>
        <translation>ID klienta LWA…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP password…</source>
        <translation>Hasło SMTP…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LWA client id</source>
        <translation>ID klienta LWA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWA client secret</source>
        <translation>klucz tajny klienta LWA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refresh token</source>
        <translation>token odświeżania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP password</source>
        <translation>hasło SMTP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The LWA client secret of “{account}” (Developer Console: your app&apos;s new LWA credentials):</source>
        <translation>Klucz tajny klienta LWA konta „{account}” (Developer Console: nowe dane LWA Twojej aplikacji):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The refresh token of “{account}” (from authorising the app again in Seller Central):</source>
        <translation>Token odświeżania konta „{account}” (z ponownej autoryzacji aplikacji w Seller Central):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The LWA client ID of “{account}”:</source>
        <translation>ID klienta LWA konta „{account}”:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SMTP password of “{account}”:</source>
        <translation>Hasło SMTP konta „{account}”:</translation>
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
        <translation>Brak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (port 465)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (only a server on this computer)</source>
        <translation>Brak (tylko serwer na tym komputerze)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Setup</source>
        <translation>Konfiguracja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyring</source>
        <translation>Pęk kluczy</translation>
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
        <translation>Usunąć konto „{account}” i skasować jego dane dostępowe z pęku kluczy ({secrets})? Wiadomości w skrzynce nadawczej pozostaną w niej, ale tych, które wciąż czekają, nie da się bez tego konta wysłać.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the account “{account}”? Messages already in the outbox stay there; those still waiting cannot be sent without it.</source>
        <translation>Usunąć konto „{account}”? Wiadomości w skrzynce nadawczej pozostaną w niej, ale tych, które wciąż czekają, nie da się bez tego konta wysłać.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove account</source>
        <translation>Usuń konto</translation>
    </message>
    <message>
        <location line="+750"/>
        <source>{marketplace} · sandbox</source>
        <translation>{marketplace} · środowisko testowe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing yet</source>
        <translation>jeszcze nic</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{secrets} (missing: {missing})</source>
        <translation>{secrets} (brakuje: {missing})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{result} (Set a secret: {secrets})</source>
        <translation>{result} (Ustaw dane dostępowe: {secrets})</translation>
    </message>
</context>
<context>
    <name>AccountsCli</name>
    <message>
        <location filename="../composer/cli_accounts.py" line="+68"/>
        <source>add, list, remove and test seller accounts (secrets in the OS keyring)</source>
        <translation>dodawanie, wyświetlanie, usuwanie i testowanie kont sprzedawcy (dane dostępowe w systemowym pęku kluczy)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seller accounts for sending: SP-API (region, marketplace, Login with Amazon credentials) and e-mail (SMTP server, authorised sender). Secrets go to the OS keyring only, and are never given as arguments: Composer asks for them on a terminal, or reads name=value lines from standard input. Exit status 0: done; 1: a problem found (a failed test, no keyring, a missing secret); 2: bad usage or an unreadable accounts file.</source>
        <translation>Konta sprzedawcy do wysyłania: SP-API (region, sklep Amazon, dane dostępowe Login with Amazon) i e-mail (serwer SMTP, autoryzowany nadawca). Dane dostępowe trafiają wyłącznie do systemowego pęku kluczy i nigdy nie są podawane jako argumenty: Composer pyta o nie w terminalu albo odczytuje wiersze nazwa=wartość ze standardowego wejścia. Kod wyjścia 0: gotowe; 1: wykryto problem (nieudany test, brak pęku kluczy, brak danych dostępowych); 2: błędne użycie lub nieczytelny plik kont.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>keep the accounts file in DIR, as the window&apos;s --data-dir does (default: your user config folder); secrets stay in the keyring either way</source>
        <translation>plik kont w folderze DIR, jak opcja --data-dir okna (domyślnie: Twój folder konfiguracji użytkownika); dane dostępowe i tak pozostają w pęku kluczy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>add an account and store its secrets in the keyring</source>
        <translation>dodanie konta i zapisanie jego danych dostępowych w pęku kluczy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add an account. Secrets asked for (Enter skips): {secrets}. Without a terminal, or with --secrets-stdin, give them on standard input as name=value lines (e.g. lwa_client_secret=...).</source>
        <extracomment>{secrets}: the secrets&apos; names, as typed on standard input (lwa_client_id, …).</extracomment>
        <translation>Dodaje konto. Pyta o dane dostępowe (Enter pomija): {secrets}. Bez terminala albo z opcją --secrets-stdin podaj je na standardowym wejściu jako wiersze nazwa=wartość (np. lwa_client_secret=...).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a name for the account, e.g. shop-de</source>
        <translation>nazwa konta, np. shop-de</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the main marketplace: {codes}</source>
        <translation>główny sklep Amazon: {codes}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the SP-API region (default: the marketplace&apos;s)</source>
        <translation>region SP-API (domyślnie: region sklepu Amazon)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use Amazon&apos;s SP-API sandbox hosts</source>
        <translation>użycie hostów środowiska testowego (sandbox) SP-API Amazon</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>send SP-API calls here instead of Amazon&apos;s host (https; http only to this machine)</source>
        <translation>wysyłanie wywołań SP-API pod ten adres zamiast do hosta Amazon (https; http tylko do tego komputera)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>exchange tokens here instead of Login with Amazon (https; http only to this machine)</source>
        <translation>wymiana tokenów pod tym adresem zamiast w Login with Amazon (https; http tylko do tego komputera)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the SMTP server for e-mail to buyers</source>
        <translation>serwer SMTP do wysyłania e-maili do kupujących</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>default: 587, 465 for ssl, 25 for plain</source>
        <translation>domyślnie: 587; 465 dla ssl, 25 dla plain</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>starttls (default), ssl, or plain (only to this machine)</source>
        <translation>starttls (domyślnie), ssl lub plain (tylko do tego komputera)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the SMTP login name</source>
        <translation>nazwa użytkownika SMTP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the From address: one authorised for Buyer-Seller Messaging in Seller Central</source>
        <translation>adres nadawcy (From): autoryzowany w Seller Central dla usługi Wiadomości między kupującym a sprzedawcą</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>list the accounts (never a secret)</source>
        <translation>wyświetlenie kont (nigdy danych dostępowych)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the accounts: settings, which secrets the keyring holds (never their values), and client-secret rotation reminders.</source>
        <translation>Wyświetla konta: ustawienia, informację, które dane dostępowe są w pęku kluczy (nigdy ich wartości), oraz przypomnienia o zmianie klucza tajnego klienta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>remove an account and its secrets</source>
        <translation>usunięcie konta i jego danych dostępowych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove an account and delete its secrets from the keyring.</source>
        <translation>Usuwa konto i kasuje jego dane dostępowe z pęku kluczy.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>check the keyring, Login with Amazon and the SMTP login</source>
        <translation>sprawdzenie pęku kluczy, Login with Amazon i logowania SMTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the keyring holds each secret the account needs, that Login with Amazon exchanges its refresh token for an access token, and that the SMTP server accepts its login. Nothing is sent to a buyer.</source>
        <translation>Sprawdza, czy pęk kluczy zawiera wszystkie dane dostępowe potrzebne kontu, czy Login with Amazon wymienia jego token odświeżania na token dostępu i czy serwer SMTP przyjmuje jego dane logowania. Nic nie jest wysyłane do kupującego.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>per connection</source>
        <translation>limit czasu na jedno połączenie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>store or replace one secret (e.g. a rotated LWA client secret)</source>
        <translation>zapisanie lub zastąpienie jednego elementu danych dostępowych (np. zmienionego klucza tajnego klienta LWA)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store or replace one secret of an account: {secrets}. Asked for on a terminal; otherwise read from standard input (the value alone, or name=value). Saving lwa_client_secret restarts its 180-day rotation reminder.</source>
        <extracomment>{secrets}: the secrets&apos; names, as typed on the command line (lwa_client_id, …).</extracomment>
        <translation>Zapisuje lub zastępuje jeden element danych dostępowych konta: {secrets}. Pyta o wartość w terminalu; w przeciwnym razie odczytuje ją ze standardowego wejścia (sama wartość albo nazwa=wartość). Zapisanie lwa_client_secret rozpoczyna od nowa 180-dniowy okres przypomnienia o zmianie klucza.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>read secrets from standard input as name=value lines even on a terminal</source>
        <translation>odczyt danych dostępowych ze standardowego wejścia jako wierszy nazwa=wartość, nawet w terminalu</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>An account named {account} exists already</source>
        <translation>Konto o nazwie {account} już istnieje</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SP-API needs all three of {secrets}, or none; missing: {missing}</source>
        <translation>SP-API wymaga wszystkich trzech wartości ({secrets}) albo żadnej; brakuje: {missing}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an smtp_password was given, but the account has no --smtp-user</source>
        <translation>podano smtp_password, ale dla konta nie ustawiono --smtp-user</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added account {account}: {region}, {marketplace} (Amazon.{domain}), {mode}.</source>
        <translation>Dodano konto {account}: {region}, {marketplace} (Amazon.{domain}), {mode}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Secrets in the keyring ({keyring}): {secrets}.</source>
        <translation>Dane dostępowe w pęku kluczy ({keyring}): {secrets}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No secrets given: add them with composer accounts set-secret.</source>
        <translation>Nie podano danych dostępowych: dodaj je poleceniem composer accounts set-secret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check it with: composer accounts test {account}</source>
        <translation>Sprawdź je poleceniem: composer accounts test {account}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{label} ({key}; Enter to skip): </source>
        <translation>{label} ({key}; Enter – pomiń): </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{label} ({key}): </source>
        <translation>{label} ({key}): </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no {key} given; nothing changed</source>
        <translation>nie podano {key}; nic nie zmieniono</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the {label} of account {account} in the keyring.</source>
        <translation>Zapisano {label} konta {account} w pęku kluczy.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon requires the next rotation by {date} (180 days).</source>
        <translation>Amazon wymaga następnej zmiany klucza do {date} (180 dni).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No accounts yet; add one with: composer accounts add NAME --marketplace CODE</source>
        <translation>Nie ma jeszcze żadnych kont; dodaj konto poleceniem: composer accounts add NAME --marketplace CODE</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>; client secret saved {date}</source>
        <translation>; klucz tajny klienta zapisano {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SP-API: {url}, LWA {lwa_url} (secrets set: {secrets}{saved})</source>
        <extracomment>{saved} is empty or &quot;; client secret saved {date}&quot;.</extracomment>
        <translation>SP-API: {url}, LWA {lwa_url} (ustawione dane dostępowe: {secrets}{saved})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SP-API: not set up (no LWA credentials)</source>
        <translation>SP-API: nie skonfigurowano (brak danych dostępowych LWA)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, user {user}</source>
        <translation>, użytkownik {user}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, no login</source>
        <translation>, bez logowania</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (secret set: smtp_password)</source>
        <translation> (ustawiono: smtp_password)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (no smtp_password set)</source>
        <translation> (nie ustawiono smtp_password)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no sender set</source>
        <translation>nie ustawiono</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e-mail: {host}:{port} {security}{login}, from {sender}{password}</source>
        <extracomment>{login} is &quot;, user {user}&quot; or &quot;, no login&quot;; {password} says whether the keyring holds the SMTP password, or is empty.</extracomment>
        <translation>e-mail: {host}:{port} {security}{login}, nadawca: {sender}{password}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e-mail: not set up (no SMTP server)</source>
        <translation>e-mail: nie skonfigurowano (brak serwera SMTP)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Removed account {account} and its secrets from the keyring.</source>
        <translation>Usunięto konto {account} i jego dane dostępowe z pęku kluczy.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Testing account {account}:</source>
        <translation>Testowanie konta {account}:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{problem}. Save: {commands}</source>
        <extracomment>{problem}: which secrets are missing; {commands}: the commands to save them.</extracomment>
        <translation>{problem}. Zapisz: {commands}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{problem} Save it with: {commands}</source>
        <translation>{problem} Zapisz poleceniem: {commands}</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>standard input, line {line}: not a name=value line (names: {names})</source>
        <translation>standardowe wejście, wiersz {line}: to nie jest wiersz nazwa=wartość (nazwy: {names})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>standard input, line {line}: unknown secret {name} (names: {names})</source>
        <translation>standardowe wejście, wiersz {line}: nieznana nazwa {name} (nazwy: {names})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>standard input, line {line}: {name} given twice</source>
        <translation>standardowe wejście, wiersz {line}: {name} podano dwukrotnie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>standard input, line {line}: {name} is empty</source>
        <translation>standardowe wejście, wiersz {line}: pusta wartość {name}</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>standard input holds %n lines; give the {key} alone</source>
        <translation>
            <numerusform>standardowe wejście zawiera %n wiersz; podaj samą wartość {key}</numerusform>
            <numerusform>standardowe wejście zawiera %n wiersze; podaj samą wartość {key}</numerusform>
            <numerusform>standardowe wejście zawiera %n wierszy; podaj samą wartość {key}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>sandbox</source>
        <comment>SP-API mode of an account</comment>
        <translation>środowisko testowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>production</source>
        <comment>SP-API mode of an account</comment>
        <translation>produkcja</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>setup</source>
        <comment>a step of accounts test</comment>
        <translation>konfiguracja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keyring</source>
        <comment>a step of accounts test</comment>
        <translation>pęk kluczy</translation>
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
        <translation>Konta sprzedawcy</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Keyring</source>
        <translation>Pęk kluczy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketplace</source>
        <translation>Sklep Amazon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up for</source>
        <translation>Kanały</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secrets in the keyring</source>
        <translation>Dane w pęku kluczy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation>Przypomnienie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account details</source>
        <translation>Szczegóły konta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add…</source>
        <translation>Dod&amp;aj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add account</source>
        <translation>Dodaj konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a &amp;secret</source>
        <translation>Ustaw dane &amp;dostępowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a secret</source>
        <translation>Ustaw dane dostępowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secrets</source>
        <translation>Dane dostępowe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove account</source>
        <translation>Usuń konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test</source>
        <translation>&amp;Testuj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test account</source>
        <translation>Testuj konto</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Checking the keyring…</source>
        <translation>Sprawdzanie pęku kluczy…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Secrets are kept in the system keyring ({keyring}), nowhere else.</source>
        <translation>Dane dostępowe są przechowywane wyłącznie w systemowym pęku kluczy ({keyring}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keyring cannot be used: {error}</source>
        <translation>Nie można użyć pęku kluczy: {error}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Client secret due {date}</source>
        <translation>Zmień klucz tajny klienta do {date}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No seller account yet. Add one to send by the SP-API or by e-mail.</source>
        <translation>Nie ma jeszcze konta sprzedawcy. Dodaj konto, aby wysyłać przez SP-API lub e-mailem.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>SP-API: {sp_api}; Login with Amazon: {lwa}</source>
        <translation>SP-API: {sp_api}; Login with Amazon: {lwa}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SP-API: not set up (no Login with Amazon credentials).</source>
        <translation>SP-API: nieskonfigurowane (brak danych Login with Amazon).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no sender set</source>
        <translation>nie ustawiono nadawcy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail: {server} ({security}, user {user}), from {sender}</source>
        <translation>E-mail: {server} ({security}, użytkownik {user}), nadawca: {sender}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail: {server} ({security}, no login), from {sender}</source>
        <translation>E-mail: {server} ({security}, bez logowania), nadawca: {sender}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-mail: not set up (no mail server).</source>
        <translation>E-mail: nieskonfigurowany (brak serwera poczty).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{notice}. Here: Set a secret › New LWA client secret…</source>
        <translation>{notice}. Tutaj: Ustaw dane dostępowe › Nowy klucz tajny klienta LWA…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Testing… (nothing is sent to a buyer)</source>
        <translation>Testowanie… (nic nie jest wysyłane do kupującego)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The test could not run: {error}</source>
        <translation>Nie udało się przeprowadzić testu: {error}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Saving the {secret}…</source>
        <translation>Zapisywanie: {secret}…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved: {error}</source>
        <translation>Nie zapisano: {error}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved. The next rotation is due by {date}.</source>
        <translation>Zapisano. Następną zmianę klucza trzeba wykonać do {date}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“{account}” was not removed: {error}</source>
        <translation>Nie usunięto konta „{account}”: {error}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../composer/app.py" line="+42"/>
        <source>Open the Composer window (composer check … runs the checker instead).</source>
        <translation>Otwiera okno aplikacji Composer (composer check … uruchamia zamiast tego sprawdzanie).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>open the window on a sample message, print its check and exit</source>
        <translation>otwórz okno z przykładową wiadomością, wypisz wynik sprawdzania i zakończ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>keep drafts, templates, the dictionary, settings and seller accounts here (default: your user data and config folders; secrets stay in the system keyring)</source>
        <translation>przechowuj tutaj wersje robocze, szablony, słownik, ustawienia i konta sprzedawcy (domyślnie: foldery danych i konfiguracji użytkownika; dane dostępowe pozostają w systemowym pęku kluczy)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Composer cannot keep drafts: {error}</source>
        <translation>Composer nie może przechowywać wersji roboczych: {error}</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The drafts database cannot be opened: {error}</source>
        <translation>Nie można otworzyć bazy wersji roboczych: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The drafts database cannot be opened: {error}

Set it aside (it is kept, renamed) and start with an empty one?</source>
        <translation>Nie można otworzyć bazy wersji roboczych: {error}

Odłożyć ją na bok (zostanie zachowana pod zmienioną nazwą) i zacząć od pustej?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The old database was kept as {path}.</source>
        <translation>Stara baza danych została zachowana jako {path}.</translation>
    </message>
</context>
<context>
    <name>AttachmentWords</name>
    <message>
        <location filename="../composer/services/attachments.py" line="+80"/>
        <source>{file}: not a file (a folder or a device)</source>
        <translation>{file}: to nie jest plik (to folder lub urządzenie)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file}: cannot be read ({reason})</source>
        <translation>{file}: nie można odczytać ({reason})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{file}: larger than 10 MB, more than Amazon takes</source>
        <translation>{file}: ponad 10 MB, więcej niż przyjmuje Amazon</translation>
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
        <translation>Temat e-maila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} preview</source>
        <translation>Podgląd w kanale {channel}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} length</source>
        <translation>Długość w kanale {channel}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this channel removes or changes:</source>
        <translation>Co ten kanał usuwa lub zmienia:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What {channel} removes or changes</source>
        <translation>Co usuwa lub zmienia kanał {channel}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Subject: {subject}</source>
        <translation>Temat: {subject}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject: (none)</source>
        <translation>Temat: (brak)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(an empty message)</source>
        <translation>(pusta wiadomość)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No text is sent with this message type.</source>
        <translation>Przy tym typie wiadomości żaden tekst nie jest wysyłany.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing: the buyer gets the message as shown</source>
        <translation>Nic: kupujący otrzyma wiadomość w tej postaci</translation>
    </message>
</context>
<context>
    <name>ChannelPreviewDialog</name>
    <message>
        <location line="+45"/>
        <location line="+1"/>
        <source>Channel preview</source>
        <translation>Podgląd w kanale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>Kanały</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{channel} (chosen)</source>
        <translation>{channel} (wybrany)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln character(s) of text; no length limit is known for e-mail</source>
        <translation>
            <numerusform>%Ln znak tekstu; dla e-maila nie jest znany limit długości</numerusform>
            <numerusform>%Ln znaki tekstu; dla e-maila nie jest znany limit długości</numerusform>
            <numerusform>%Ln znaków tekstu; dla e-maila nie jest znany limit długości</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln character(s); no length limit is known for Seller Central&apos;s form</source>
        <translation>
            <numerusform>%Ln znak; dla formularza Seller Central nie jest znany limit długości</numerusform>
            <numerusform>%Ln znaki; dla formularza Seller Central nie jest znany limit długości</numerusform>
            <numerusform>%Ln znaków; dla formularza Seller Central nie jest znany limit długości</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln character(s); the message type “{type}” is unknown, so there is no limit to check</source>
        <translation>
            <numerusform>%Ln znak; typ wiadomości „{type}” jest nieznany, więc nie ma limitu do sprawdzenia</numerusform>
            <numerusform>%Ln znaki; typ wiadomości „{type}” jest nieznany, więc nie ma limitu do sprawdzenia</numerusform>
            <numerusform>%Ln znaków; typ wiadomości „{type}” jest nieznany, więc nie ma limitu do sprawdzenia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln character(s); choose a message type to see its limit</source>
        <translation>
            <numerusform>%Ln znak; wybierz typ wiadomości, aby zobaczyć jego limit</numerusform>
            <numerusform>%Ln znaki; wybierz typ wiadomości, aby zobaczyć jego limit</numerusform>
            <numerusform>%Ln znaków; wybierz typ wiadomości, aby zobaczyć jego limit</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{type}” takes no text: Amazon writes the request itself</source>
        <translation>„{type}” nie przyjmuje tekstu: Amazon sam pisze prośbę</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{type}” takes no text: it sends documents only, none of this text</source>
        <translation>„{type}” nie przyjmuje tekstu: wysyła tylko dokumenty, bez tego tekstu</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{count} / {limit} characters allowed for “{type}”: %Ln over the limit</source>
        <translation>
            <numerusform>{count} / {limit} znaków (limit dla „{type}”): o %Ln znak za dużo</numerusform>
            <numerusform>{count} / {limit} znaków (limit dla „{type}”): o %Ln znaki za dużo</numerusform>
            <numerusform>{count} / {limit} znaków (limit dla „{type}”): o %Ln znaków za dużo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} / {limit} characters allowed for “{type}”</source>
        <translation>{count} / {limit} znaków (limit dla „{type}”)</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../composer/ui/panel.py" line="+52"/>
        <source>Critical: reaches the buyer even if they opted out</source>
        <translation>Krytyczna: dotrze do kupującego nawet po rezygnacji z wiadomości</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proactive: permitted, but bounces for buyers who opted out</source>
        <translation>Proaktywna: dozwolona, ale nie dotrze do kupujących, którzy zrezygnowali z wiadomości</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forbidden: Amazon does not allow this message</source>
        <translation>Zabroniona: Amazon nie zezwala na tę wiadomość</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>critical</source>
        <translation>krytyczna</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>proactive</source>
        <translation>proaktywna</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>forbidden</source>
        <translation>zabroniona</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>permitted</source>
        <translation>dozwolona</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Policy checks</source>
        <translation>Sprawdzanie zgodności z zasadami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message category</source>
        <translation>Kategoria wiadomości</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purposes and evidence</source>
        <translation>Cele i dowody</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested SP-API message type</source>
        <translation>Sugerowany typ wiadomości SP-API</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+37"/>
        <location line="+35"/>
        <source>Fix all safe</source>
        <translation>Popraw bezpieczne</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No problems found.</source>
        <translation>Nie znaleziono problemów.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Start writing: the checks appear as you type.</source>
        <translation>Zacznij pisać: wyniki sprawdzania pojawiają się w trakcie pisania.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>SP-API message type: {title} ({id})</source>
        <translation>Typ wiadomości SP-API: {title} ({id})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SP-API message type: none fits this message</source>
        <translation>Typ wiadomości SP-API: żaden nie pasuje do tej wiadomości</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Fix all safe (%n)</source>
        <translation>
            <numerusform>Popraw bezpieczne (%n)</numerusform>
            <numerusform>Popraw bezpieczne (%n)</numerusform>
            <numerusform>Popraw bezpieczne (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>Errors (%n)</source>
        <translation>
            <numerusform>Błędy (%n)</numerusform>
            <numerusform>Błędy (%n)</numerusform>
            <numerusform>Błędy (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Warnings (%n)</source>
        <translation>
            <numerusform>Ostrzeżenia (%n)</numerusform>
            <numerusform>Ostrzeżenia (%n)</numerusform>
            <numerusform>Ostrzeżenia (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Notes (%n)</source>
        <translation>
            <numerusform>Uwagi (%n)</numerusform>
            <numerusform>Uwagi (%n)</numerusform>
            <numerusform>Uwagi (%n)</numerusform>
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
        <translation>Cele:</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../composer/cli.py" line="+57"/>
        <source>unrecognized arguments (not repeated here, in case one is a secret: secrets are asked for, or read from standard input, never given as arguments)</source>
        <translation>nierozpoznane argumenty (nie są tu powtarzane, bo któryś może być poufny: o dane dostępowe program pyta albo odczytuje je ze standardowego wejścia, nigdy nie przyjmuje ich jako argumentów)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write Amazon buyer messages that Amazon will accept.</source>
        <translation>Pisz wiadomości do kupujących, które Amazon zaakceptuje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without a command, composer opens its window (options: --data-dir DIR to keep drafts there, --smoke-test to open it on a sample message, print the check and exit).</source>
        <translation>Bez polecenia composer otwiera swoje okno (opcje: --data-dir DIR – przechowywanie wersji roboczych w tym folderze, --smoke-test – otwarcie okna z przykładową wiadomością, wypisanie wyniku sprawdzania i zakończenie).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>check message files against Amazon&apos;s messaging rules</source>
        <translation>sprawdzenie plików wiadomości pod kątem zasad Amazon dotyczących wiadomości</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check message files (.txt, .html, .htm, .eml, .json; a folder is searched for them; - reads standard input) against Amazon&apos;s buyer-seller messaging rules. Exit status 0: nothing blocks sending; 1: an error-level finding or a forbidden message; 2: bad usage or an unreadable file.</source>
        <translation>Sprawdza pliki wiadomości (.txt, .html, .htm, .eml, .json; w podanym folderze wyszukiwane są takie pliki; - oznacza standardowe wejście) pod kątem zasad Amazon dotyczących wiadomości między kupującym a sprzedawcą. Kod wyjścia 0: nic nie blokuje wysłania; 1: problem na poziomie błędu lub wiadomość zabroniona; 2: błędne użycie lub nieczytelny plik.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>channel for files that do not name one (default: email)</source>
        <translation>kanał dla plików, które go nie określają (domyślnie: email)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the buyer&apos;s language of preference for files that do not give one</source>
        <translation>preferowany język kupującego dla plików, które go nie podają</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>judge dates as of this day (default: today)</source>
        <translation>dzień, według którego oceniane są daty (domyślnie: dzisiaj)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>treat styling, spelling and grammar warnings as errors</source>
        <translation>traktowanie ostrzeżeń dotyczących stylu, pisowni i gramatyki jako błędów</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>your spelling dictionary: one word per line</source>
        <translation>Twój słownik pisowni: jedno słowo w wierszu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>do not report this rule (repeatable)</source>
        <translation>pominięcie tej reguły w raporcie (można powtarzać)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list the rules</source>
        <translation>wyświetlenie listy reguł</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List every rule with its severity and source.</source>
        <translation>Wyświetla wszystkie reguły wraz z poziomem ważności i źródłem.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not a date (YYYY-MM-DD): {value}</source>
        <translation>to nie jest data (YYYY-MM-DD): {value}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>unknown rule for --disable: {rule}</source>
        <translation>nieznana reguła dla --disable: {rule}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read the dictionary {path}: {error}</source>
        <translation>nie można odczytać słownika {path}: {error}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>folder holds no message files ({suffixes})</source>
        <translation>folder nie zawiera plików wiadomości ({suffixes})</translation>
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
            <numerusform>Sprawdzono %n wiadomość</numerusform>
            <numerusform>Sprawdzono %n wiadomości</numerusform>
            <numerusform>Sprawdzono %n wiadomości</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n cannot be sent as written</source>
        <translation>
            <numerusform>%n nie do wysłania w tej postaci</numerusform>
            <numerusform>%n nie do wysłania w tej postaci</numerusform>
            <numerusform>%n nie do wysłania w tej postaci</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n błąd</numerusform>
            <numerusform>%n błędy</numerusform>
            <numerusform>%n błędów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n ostrzeżenie</numerusform>
            <numerusform>%n ostrzeżenia</numerusform>
            <numerusform>%n ostrzeżeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n uwaga</numerusform>
            <numerusform>%n uwagi</numerusform>
            <numerusform>%n uwag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>; %n could not be read</source>
        <translation>
            <numerusform>; nie udało się odczytać %n pliku</numerusform>
            <numerusform>; nie udało się odczytać %n plików</numerusform>
            <numerusform>; nie udało się odczytać %n plików</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryWords</name>
    <message>
        <location filename="../composer/services/recorded.py" line="+92"/>
        <source>Not sent yet: {reason} It goes out when the connection is back.</source>
        <translation>Jeszcze nie wysłano: {reason} Wiadomość wyjdzie po przywróceniu połączenia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amazon asked to wait: {reason}</source>
        <translation>Amazon poprosił o odczekanie: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot reach the mail server {server} ({why}); nothing was sent.</source>
        <translation>Brak połączenia z serwerem poczty {server} ({why}); nic nie zostało wysłane.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the host name is not known</source>
        <translation>nieznana nazwa hosta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>connection refused: nothing listens on that port</source>
        <translation>połączenie odrzucone: na tym porcie nic nie nasłuchuje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answer in time</source>
        <translation>brak odpowiedzi w wyznaczonym czasie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon does not allow this message type for this order now ({said}). Ask which types the order allows and choose one of them.</source>
        <translation>Amazon nie zezwala obecnie na ten typ wiadomości dla tego zamówienia ({said}). Sprawdź w Amazon, które typy są dozwolone dla zamówienia, i wybierz jeden z nich.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amazon does not allow this message type for this order now ({said}). Ask which types the order allows and choose one of them. Request id: {reference}.</source>
        <translation>Amazon nie zezwala obecnie na ten typ wiadomości dla tego zamówienia ({said}). Sprawdź w Amazon, które typy są dozwolone dla zamówienia, i wybierz jeden z nich. Identyfikator żądania: {reference}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Account {name} has no SMTP server set up for e-mail</source>
        <translation>Konto {name} nie ma skonfigurowanego serwera SMTP do wysyłania e-maili</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plain SMTP to {host} is refused: it is allowed only to this machine</source>
        <translation>Połączenie SMTP bez szyfrowania z serwerem {host} jest niedozwolone: można go używać tylko z serwerem na tym komputerze</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keyring holds no SMTP password for account {name}; save it with: {command}</source>
        <translation>Pęk kluczy nie zawiera hasła SMTP dla konta {name}; zapisz je poleceniem: {command}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account {name} has no sender address: set the address authorised for Buyer-Seller Messaging in Seller Central</source>
        <translation>Konto {name} nie ma adresu nadawcy: ustaw adres autoryzowany w Seller Central do korzystania z usługi Wiadomości między kupującym a sprzedawcą</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The e-mail cannot be made: {reason}</source>
        <translation>Nie można utworzyć e-maila: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server {server} does not offer STARTTLS; Composer does not send the password and the message unencrypted (choose ssl if it offers that)</source>
        <translation>Serwer poczty {server} nie obsługuje STARTTLS; Composer nie wysyła hasła ani wiadomości bez szyfrowania (wybierz ssl, jeśli serwer je obsługuje)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The mail server {server} failed the certificate check ({why}); Composer does not send to a server it cannot verify</source>
        <translation>Serwer poczty {server} nie przeszedł weryfikacji certyfikatu ({why}); Composer nie wysyła wiadomości do serwera, którego nie może zweryfikować</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The encrypted connection to {server} failed ({why})</source>
        <translation>Nie udało się nawiązać szyfrowanego połączenia z {server} ({why})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server {server} closed the connection before the message was sent ({why}); nothing was sent.</source>
        <translation>Serwer poczty {server} zamknął połączenie przed wysłaniem wiadomości ({why}); nic nie zostało wysłane.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The mail server closed the connection during the login ({why}); nothing was sent.</source>
        <translation>Serwer poczty zamknął połączenie podczas logowania ({why}); nic nie zostało wysłane.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to the mail server {server} was lost after the message was sent and before the server confirmed it ({why}). The buyer may have received it: check the Buyer-Seller Messages page in Seller Central before sending it again.</source>
        <translation>Połączenie z serwerem poczty {server} zostało zerwane po wysłaniu wiadomości, zanim serwer potwierdził jej przyjęcie ({why}). Kupujący mógł ją otrzymać: zanim wyślesz ją ponownie, sprawdź stronę Wiadomości między kupującym a sprzedawcą w Seller Central.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The mail server offers no login Composer can use on this connection ({offered}); check the SMTP security setting</source>
        <translation>Serwer poczty nie oferuje przy tym połączeniu żadnej metody logowania, której Composer może użyć ({offered}); sprawdź ustawienie „Zabezpieczenia SMTP”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The SMTP user name or password has characters outside ASCII, which the SMTP login cannot carry; use an ASCII password (an app password) for Composer</source>
        <translation>Nazwa użytkownika lub hasło SMTP zawiera znaki spoza ASCII, których logowanie SMTP nie przenosi; użyj w programie Composer hasła złożonego ze znaków ASCII (hasła do aplikacji)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>refused the sender {address}</source>
        <translation>odrzucił nadawcę {address}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused the recipient {address}</source>
        <translation>odrzucił odbiorcę {address}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused to take the message (DATA)</source>
        <translation>odmówił przyjęcia wiadomości (DATA)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>did not accept the message</source>
        <translation>nie przyjął wiadomości</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused the connection</source>
        <translation>odrzucił połączenie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused a command</source>
        <translation>odrzucił polecenie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused the greeting (EHLO/HELO)</source>
        <translation>odrzucił powitanie (EHLO/HELO)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused the login of {user}</source>
        <translation>odrzucił logowanie użytkownika {user}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{refusal} (a temporary refusal)</source>
        <translation>{refusal} (odmowa tymczasowa)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server {server} {what}: {reply}</source>
        <translation>Serwer poczty {server} {what}: {reply}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sending the {title} message</source>
        <translation>wysyłania wiadomości typu {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>requesting the review</source>
        <translation>wysyłania prośby o recenzję</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>asking which message types the order allows</source>
        <translation>sprawdzania, które typy wiadomości są dozwolone dla zamówienia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>asking whether a review request is allowed</source>
        <translation>sprawdzania, czy prośba o recenzję jest dozwolona</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>asking for the buyer&apos;s language</source>
        <translation>pobierania preferowanego języka kupującego</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>preparing the upload of {name}</source>
        <translation>przygotowywania przesłania pliku {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon found the request invalid</source>
        <translation>Amazon uznał żądanie za nieprawidłowe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon did not accept the access token</source>
        <translation>Amazon nie zaakceptował tokenu dostępu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amazon denied access: the app may lack the Buyer Communication (or Buyer Solicitation) role, the seller may have to authorize it again after a role was added, or the order belongs to another region&apos;s marketplace</source>
        <translation>Amazon odmówił dostępu: aplikacji może brakować roli Buyer Communication (lub Buyer Solicitation), sprzedawca może musieć ponownie ją autoryzować po dodaniu roli albo zamówienie należy do sklepu Amazon w innym regionie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Amazon does not know this order in this marketplace</source>
        <translation>Amazon nie zna tego zamówienia w tym sklepie Amazon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the request is too large for Amazon</source>
        <translation>żądanie jest za duże dla Amazon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon did not accept the content type</source>
        <translation>Amazon nie zaakceptował typu zawartości</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon refused the request</source>
        <translation>Amazon odrzucił żądanie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{hint} while {what} ({said}).</source>
        <extracomment>{hint} is one of the refusals above, {what} what was being done, {said} Amazon&apos;s own words.</extracomment>
        <translation>{hint} – podczas {what} ({said}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{hint} while {what} ({said}). Request id: {reference}.</source>
        <translation>{hint} – podczas {what} ({said}). Identyfikator żądania: {reference}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{order} is not an Amazon order id (like 123-1234567-1234567).</source>
        <translation>{order} nie jest numerem zamówienia Amazon (np. 123-1234567-1234567).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amazon removed the message type {type} from the SP-API on {day}; it can no longer be sent.</source>
        <translation>Amazon wycofał typ wiadomości {type} z SP-API w dniu {day}; nie można już wysyłać wiadomości tego typu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{type} is not an SP-API message type.</source>
        <translation>{type} nie jest typem wiadomości SP-API.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{type} is a Solicitations request, not a message: use request_review.</source>
        <translation>{type} to prośba Solicitations API, a nie wiadomość: użyj request_review.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A {title} message carries attachments only; Amazon takes no text with it.</source>
        <translation>Wiadomość typu {title} zawiera tylko załączniki; Amazon nie przyjmuje w niej tekstu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A {title} message needs text.</source>
        <translation>Wiadomość typu {title} wymaga tekstu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The text contains HTML (tags or character references); Amazon shows it as plain text, so convert it first.</source>
        <translation>Tekst zawiera HTML (znaczniki lub encje znakowe); Amazon wyświetla go jako zwykły tekst, więc najpierw go przekonwertuj.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The text has {count} characters; Amazon takes at most {limit} in a {title} message.</source>
        <translation>Liczba znaków w tekście: {count}; limit Amazon dla wiadomości typu {title}: {limit}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A {title} message takes no attachments.</source>
        <translation>Wiadomość typu {title} nie może zawierać załączników.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A {title} message needs at least 1 attachment.</source>
        <translation>Wiadomość typu {title} wymaga co najmniej 1 załącznika.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A {title} message needs at least {low} attachments.</source>
        <translation>Wiadomość typu {title} wymaga co najmniej {low} załączników.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A {title} message takes at most {high} attachments, not {count}.</source>
        <translation>Limit załączników w wiadomości typu {title}: {high} (tutaj: {count}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The attachment name {name} needs an extension (like invoice.pdf) and no slashes or line breaks: it is the name the buyer sees.</source>
        <translation>Nazwa załącznika {name} musi mieć rozszerzenie (np. faktura.pdf) i nie może zawierać ukośników ani podziałów wiersza: tę nazwę widzi kupujący.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The attachment {name} is empty.</source>
        <translation>Załącznik {name} jest pusty.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The attachment {name} has no valid content type ({type}).</source>
        <translation>Załącznik {name} nie ma prawidłowego typu zawartości ({type}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The attachments add up to {size} MB; Amazon takes at most {limit} MB per message.</source>
        <translation>Łączny rozmiar załączników: {size} MB; Amazon przyjmuje najwyżej {limit} MB na wiadomość.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon refused to take the attachment ({said}). Its Uploads API is documented for North-American sellers only, and sellers in the {region} region have been refused with 403: send this message without attachments, or the files by e-mail.</source>
        <translation>Amazon odmówił przyjęcia załącznika ({said}). Interfejs Uploads API jest udokumentowany tylko dla sprzedawców z Ameryki Północnej, a sprzedawcy z regionu {region} otrzymywali odmowę z kodem 403: wyślij tę wiadomość bez załączników, a pliki – e-mailem.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Amazon refused to take the attachment ({said}). The app needs the Product Listing role for attachments (besides Buyer Communication), and the seller must authorize it again after the role was added.</source>
        <translation>Amazon odmówił przyjęcia załącznika ({said}). Do wysyłania załączników aplikacja potrzebuje roli Product Listing (oprócz Buyer Communication), a po dodaniu tej roli sprzedawca musi ponownie ją autoryzować.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{why} Nothing was sent to the buyer.</source>
        <translation>{why} Nic nie zostało wysłane do kupującego.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{why} Request id: {reference}. Nothing was sent to the buyer.</source>
        <translation>{why} Identyfikator żądania: {reference}. Nic nie zostało wysłane do kupującego.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Login with Amazon could not be reached: {words}. Nothing was sent; try again when the network is back.</source>
        <translation>Nie udało się połączyć z usługą Login with Amazon: {words}. Nic nie zostało wysłane; spróbuj ponownie po przywróceniu połączenia.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Login with Amazon asks to wait before the next sign-in.</source>
        <translation>Usługa Login with Amazon prosi o odczekanie przed kolejnym logowaniem.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login with Amazon did not answer properly ({status}). Nothing was sent; try again later.</source>
        <translation>Usługa Login with Amazon nie odpowiedziała prawidłowo ({status}). Nic nie zostało wysłane; spróbuj ponownie później.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login with Amazon answered without an access token.</source>
        <translation>Odpowiedź usługi Login with Amazon nie zawierała tokenu dostępu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The refresh token was revoked or is wrong: authorize Composer again in Seller Central and save the new refresh token.</source>
        <translation>Token odświeżania został unieważniony lub jest nieprawidłowy: ponownie autoryzuj aplikację Composer w Seller Central i zapisz nowy token odświeżania.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The client id or secret is wrong, most often because the client secret was rotated (Amazon requires it every 180 days): enter the current secret.</source>
        <translation>ID klienta lub klucz tajny klienta jest nieprawidłowy, najczęściej dlatego, że klucz tajny został zmieniony (Amazon wymaga zmiany klucza co 180 dni): wpisz aktualny klucz tajny.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check the account&apos;s Login with Amazon settings.</source>
        <translation>Sprawdź ustawienia Login with Amazon dla tego konta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login with Amazon refused the credentials: {said}. {advice}</source>
        <translation>Usługa Login with Amazon odrzuciła dane dostępowe: {said}. {advice}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon could not be reached while {what}: {words}. Nothing was sent; it can be sent when the network is back.</source>
        <translation>Brak połączenia z Amazon podczas {what}: {words}. Nic nie zostało wysłane; można wysłać po przywróceniu połączenia.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The request went out while {what}, but {words}. Amazon may or may not have delivered it; {check}.</source>
        <translation>Podczas {what} żądanie zostało już wysłane do Amazon, ale {words}. Nie wiadomo, czy Amazon je dostarczył; {check}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amazon did not answer while {what}: {words}. Nothing was sent to the buyer; try again later.</source>
        <translation>Amazon nie odpowiedział podczas {what}: {words}. Nic nie zostało wysłane do kupującego; spróbuj ponownie później.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amazon asks to slow down ({said}) while {what}, after {tries} tries. Nothing was sent; it is safe to send after waiting.</source>
        <translation>Podczas {what} Amazon poprosił o wolniejsze wysyłanie żądań ({said}); liczba prób: {tries}. Nic nie zostało wysłane; po odczekaniu można bezpiecznie wysłać ponownie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amazon answered {said} while {what}. It may or may not have been delivered; {check}.</source>
        <translation>Podczas {what} Amazon odpowiedział: {said}. Nie wiadomo, czy żądanie zostało dostarczone; {check}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon answered {said} while {what}. Nothing was sent to the buyer; try again later.</source>
        <translation>Podczas {what} Amazon odpowiedział: {said}. Nic nie zostało wysłane do kupującego; spróbuj ponownie później.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon&apos;s answer could not be read while {what} (not JSON).</source>
        <translation>Nie udało się odczytać odpowiedzi Amazon podczas {what} (odpowiedź nie jest w formacie JSON).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon&apos;s upload destination for {name} is incomplete (no id, address or headers). Nothing was sent to the buyer.</source>
        <translation>Miejsce docelowe przesyłania pliku {name} otrzymane od Amazon jest niekompletne (brak identyfikatora, adresu lub nagłówków). Nic nie zostało wysłane do kupującego.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amazon&apos;s upload address for {name} is not https; the file was not sent. Nothing was sent to the buyer.</source>
        <translation>Adres przesyłania pliku {name} otrzymany od Amazon nie jest adresem https; plik nie został wysłany. Nic nie zostało wysłane do kupującego.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The upload of {name} failed: {words}. Nothing was sent to the buyer; it can be sent again.</source>
        <translation>Nie udało się przesłać pliku {name}: {words}. Nic nie zostało wysłane do kupującego; można wysłać ponownie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The upload of {name} failed: Amazon&apos;s storage answered {status} {code}: {said}. Nothing was sent to the buyer; it can be sent again.</source>
        <translation>Nie udało się przesłać pliku {name}: serwer plików Amazon odpowiedział błędem {status} {code}: {said}. Nic nie zostało wysłane do kupującego; można wysłać ponownie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The upload of {name} failed: {hint} ({status} {code}: {said}). Nothing was sent to the buyer.</source>
        <translation>Nie udało się przesłać pliku {name}: {hint} ({status} {code}: {said}). Nic nie zostało wysłane do kupującego.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file&apos;s checksum was not in the form Amazon expects</source>
        <translation>suma kontrolna pliku nie miała formatu oczekiwanego przez Amazon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file changed between its checksum and the upload</source>
        <translation>plik zmienił się między obliczeniem sumy kontrolnej a przesłaniem</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the upload did not carry the headers Amazon signed</source>
        <translation>żądanie przesłania nie zawierało nagłówków podpisanych przez Amazon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the storage takes the file only by PUT</source>
        <translation>serwer plików przyjmuje plik tylko metodą PUT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the upload address was refused; such an address expires after 15 minutes</source>
        <translation>adres przesyłania został odrzucony; taki adres wygasa po 15 minutach</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>check the buyer-seller messages in Seller Central before sending it again</source>
        <translation>sprawdź wiadomości między kupującym a sprzedawcą w Seller Central, zanim wyślesz tę wiadomość ponownie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ask whether a review request is still allowed for the order before asking again (if it is no longer allowed, this one went out)</source>
        <translation>sprawdź w Amazon, czy prośba o recenzję dla tego zamówienia jest nadal dozwolona, zanim poprosisz o recenzję ponownie (jeśli już nie jest dozwolona, to ta prośba została wysłana)</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>the file is too large</source>
        <translation>plik jest za duży</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon&apos;s storage refused it</source>
        <translation>serwer plików Amazon odrzucił plik</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the connection timed out</source>
        <translation>upłynął limit czasu nawiązywania połączenia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no answer came before the time limit</source>
        <translation>odpowiedź nie nadeszła w wyznaczonym czasie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the secure connection failed</source>
        <translation>nie udało się nawiązać bezpiecznego połączenia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the proxy refused the connection</source>
        <translation>serwer proxy odrzucił połączenie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the host name could not be resolved</source>
        <translation>nie udało się rozpoznać nazwy hosta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the connection was refused</source>
        <translation>połączenie zostało odrzucone</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the connection was closed before an answer came</source>
        <translation>połączenie zostało zamknięte, zanim nadeszła odpowiedź</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the connection failed</source>
        <translation>połączenie nie powiodło się</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the request failed</source>
        <translation>żądanie nie powiodło się</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a warranty message has coverage dates.</source>
        <translation>Daty okresu gwarancji można podać tylko w wiadomości gwarancyjnej.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The warranty coverage dates need a time zone (Amazon takes ISO 8601 with an offset).</source>
        <translation>Daty okresu gwarancji muszą zawierać strefę czasową (Amazon przyjmuje format ISO 8601 z przesunięciem względem UTC).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The warranty coverage ends before it starts.</source>
        <translation>Koniec okresu gwarancji przypada przed jego początkiem.</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <location filename="../composer/ui/drafts_dialog.py" line="+49"/>
        <location line="+1"/>
        <source>Drafts</source>
        <translation>Wersje robocze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Zmień nazwę…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Untitled</source>
        <translation>Bez nazwy</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Rename draft</source>
        <translation>Zmień nazwę wersji roboczej</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete draft</source>
        <translation>Usuń wersję roboczą</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this draft for good?</source>
        <translation>Trwale usunąć tę wersję roboczą?</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../composer/ui/export_actions.py" line="+40"/>
        <source>Amazon-safe HTML</source>
        <translation>HTML zgodny z Amazon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain text</source>
        <translation>Zwykły tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail with HTML and plain text</source>
        <translation>E-mail z HTML i zwykłym tekstem</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Amazon does not allow messages for this purpose: {purpose}. Take that part out, or do not send the message.</source>
        <translation>Amazon nie zezwala na wiadomości w tym celu: {purpose}. Usuń ten fragment albo nie wysyłaj wiadomości.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon does not allow messages for these purposes: {purposes}. Take that part out, or do not send the message.</source>
        <translation>Amazon nie zezwala na wiadomości w tych celach: {purposes}. Usuń te fragmenty albo nie wysyłaj wiadomości.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amazon does not allow this kind of message.</source>
        <translation>Amazon nie zezwala na tego rodzaju wiadomości.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>… and %n more (see the checks panel)</source>
        <translation>
            <numerusform>… i %n kolejny problem (zobacz panel sprawdzania)</numerusform>
            <numerusform>… i %n kolejne problemy (zobacz panel sprawdzania)</numerusform>
            <numerusform>… i %n kolejnych problemów (zobacz panel sprawdzania)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do you want to copy it anyway?</source>
        <translation>Czy mimo to skopiować wiadomość?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy anyway</source>
        <translation>Kopiuj mimo to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do you want to export it anyway?</source>
        <translation>Czy mimo to wyeksportować wiadomość?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export anyway</source>
        <translation>Eksportuj mimo to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon would not accept this message</source>
        <translation>Amazon nie przyjąłby tej wiadomości</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm export</source>
        <translation>Potwierdź eksport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amazon would block or penalise this message:</source>
        <translation>Amazon zablokowałby tę wiadomość lub ukarał za nią sprzedawcę:</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed</source>
        <translation>Eksport nie powiódł się</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” could not be saved.

{reason}.

The message is still here: choose another folder or name and try again.</source>
        <translation>Nie udało się zapisać pliku „{file}”.

{reason}.

Wiadomość nadal tu jest: wybierz inny folder lub nazwę i spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>message</source>
        <comment>a file name</comment>
        <translation>wiadomość</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+1"/>
        <source>Export message</source>
        <translation>Eksportuj wiadomość</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <location filename="../composer/services/export.py" line="+96"/>
        <source>bold</source>
        <translation>pogrubienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>italic</source>
        <translation>kursywa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>underline</source>
        <translation>podkreślenie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>formatting ({formats})</source>
        <extracomment>What a plain-text channel drops: {formats} lists &quot;bold&quot;, &quot;italic&quot;, &quot;underline&quot;.</extracomment>
        <translation>formatowanie ({formats})</translation>
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
        <translation>punkty list zamieniane na myślniki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>numbered lists become &quot;1.&quot; lines</source>
        <translation>listy numerowane zamieniane na wiersze „1.”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>links become their address</source>
        <translation>linki zamieniane na ich adresy</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>e-mail subject (the API has none)</source>
        <translation>temat e-maila (API nie obsługuje tematu)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the whole text (Amazon writes the review request itself)</source>
        <translation>cały tekst (Amazon sam pisze prośbę o recenzję)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the text ({type} sends attachments only)</source>
        <translation>tekst ({type} wysyła tylko załączniki)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>subject (Seller Central sets it from the contact reason)</source>
        <translation>temat (Seller Central ustala go na podstawie powodu kontaktu)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the sender is not an e-mail address: {address}</source>
        <translation>nadawca nie jest adresem e-mail: {address}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the recipient is not an e-mail address: {address}</source>
        <translation>odbiorca nie jest adresem e-mail: {address}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>cannot export to &apos;{suffix}&apos; (use {suffixes})</source>
        <translation>nie można eksportować do formatu „{suffix}” (użyj: {suffixes})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot write in {folder}: {reason}</source>
        <translation>nie można zapisywać w folderze {folder}: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write {path}: {reason}</source>
        <translation>nie można zapisać pliku {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <location filename="../composer/ui/panel.py" line="-393"/>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>{severity}: {rule}</source>
        <translation>{severity}: {rule}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Why and source</source>
        <translation>Uzasadnienie i źródła</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why?</source>
        <translation>Dlaczego?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why: {rule}</source>
        <translation>Dlaczego: {rule}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fix</source>
        <translation>Popraw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix: {rule}</source>
        <translation>Popraw: {rule}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Safe: keeps the meaning</source>
        <translation>Bezpieczna: zachowuje sens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the result: this fix changes the wording</source>
        <translation>Sprawdź wynik: ta poprawka zmienia sformułowania</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suggestions…</source>
        <translation>Propozycje…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggestions: {rule}</source>
        <translation>Propozycje: {rule}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignore…</source>
        <translation>Ignoruj…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ignore: {rule}</source>
        <translation>Ignoruj: {rule}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignore here</source>
        <translation>Ignoruj tutaj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ignore this rule</source>
        <translation>Ignoruj tę regułę</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add “{word}” to the dictionary</source>
        <translation>Dodaj „{word}” do słownika</translation>
    </message>
    <message>
        <location line="+276"/>
        <source>Sources:</source>
        <translation>Źródła:</translation>
    </message>
</context>
<context>
    <name>IgnoredRulesDialog</name>
    <message>
        <location filename="../composer/ui/ignored_dialog.py" line="+50"/>
        <location line="+1"/>
        <source>Ignored rules</source>
        <translation>Ignorowane reguły</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No rule is ignored: every message is checked against all of them.</source>
        <translation>Żadna reguła nie jest ignorowana: każda wiadomość jest sprawdzana pod kątem wszystkich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Check again</source>
        <translation>Przywróć sprawdzanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amazon applies these rules whether Composer shows them or not.</source>
        <translation>Amazon stosuje te reguły niezależnie od tego, czy Composer je pokazuje.</translation>
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
        <translation>brak dostępu do Menedżera poświadczeń Windows (Windows Credential Locker; backend Windows biblioteki keyring wymaga pakietu pywin32-ctypes i sesji zalogowanego użytkownika)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the macOS Keychain cannot be reached (Composer must run in a logged-in user session that has a login keychain)</source>
        <translation>brak dostępu do pęku kluczy macOS (Keychain; Composer musi działać w sesji zalogowanego użytkownika, która ma pęk kluczy logowania)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no Secret Service is running. A Secret Service such as GNOME Keyring or KWallet must be running (a desktop session starts one; without a desktop, run Composer under dbus-run-session with gnome-keyring-daemon --unlock --components=secrets)</source>
        <translation>nie działa żadna usługa Secret Service. Musi działać usługa Secret Service, np. GNOME Keyring lub KWallet (uruchamia ją sesja pulpitu; bez pulpitu uruchom Composer przez dbus-run-session z gnome-keyring-daemon --unlock --components=secrets)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Composer cannot store secrets: {what}. Composer keeps secrets only in the system keyring and refuses to store them anywhere else.</source>
        <extracomment>{what} says what is missing on this system.</extracomment>
        <translation>Composer nie może przechowywać danych dostępowych: {what}. Composer przechowuje dane dostępowe wyłącznie w systemowym pęku kluczy i nie zapisuje ich nigdzie indziej.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Composer cannot store secrets: keyring is configured to store nothing (its null backend, set by `keyring --disable`, a keyringrc.cfg or PYTHON_KEYRING_BACKEND); remove that setting so the system keyring is used. Composer keeps secrets only in the system keyring and refuses to store them anywhere else.</source>
        <translation>Composer nie może przechowywać danych dostępowych: biblioteka keyring jest skonfigurowana tak, by niczego nie przechowywać (backend null, ustawiony przez `keyring --disable`, plik keyringrc.cfg lub PYTHON_KEYRING_BACKEND); usuń to ustawienie, aby używany był systemowy pęk kluczy. Composer przechowuje dane dostępowe wyłącznie w systemowym pęku kluczy i nie zapisuje ich nigdzie indziej.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Composer cannot store secrets: the configured keyring backend ({backend}) keeps them in a file, not in the system keyring. Composer keeps secrets only in the system keyring and refuses to store them anywhere else; remove keyrings.alt or choose the system backend.</source>
        <translation>Composer nie może przechowywać danych dostępowych: skonfigurowany backend biblioteki keyring ({backend}) przechowuje je w pliku, a nie w systemowym pęku kluczy. Composer przechowuje dane dostępowe wyłącznie w systemowym pęku kluczy i nie zapisuje ich nigdzie indziej; usuń keyrings.alt lub wybierz backend systemowy.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{missing} (keyring could not choose a backend: {problem})</source>
        <extracomment>{problem} is the error, as Python names it (&quot;RuntimeError: …&quot;).</extracomment>
        <translation>{missing} (biblioteka keyring nie mogła wybrać backendu: {problem})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The {secret} of account {account} is empty; nothing stored.</source>
        <translation>Wartość {secret} konta {account} jest pusta; nic nie zapisano.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the {secret} of account {account}</source>
        <translation>{secret} konta {account}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>store {what}</source>
        <extracomment>What could not be done; {what} is &quot;the refresh_token of account &apos;shop&apos;&quot;.</extracomment>
        <translation>zapisać {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read {what}</source>
        <translation>odczytać {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete {what}</source>
        <translation>usunąć {what}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not {action}: the keyring stopped answering. {missing}</source>
        <extracomment>{action} is &quot;store the refresh_token of account &apos;shop&apos;&quot;.</extracomment>
        <translation>Nie udało się {action}: pęk kluczy przestał odpowiadać. {missing}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (the keyring said: {detail})</source>
        <translation> (komunikat pęku kluczy: {detail})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not {action}: the keyring is locked and was not unlocked (the unlock prompt was dismissed or cannot be shown here){said}. Unlock your login keyring and try again.</source>
        <translation>Nie udało się {action}: pęk kluczy jest zablokowany i nie został odblokowany (okno odblokowania zamknięto lub nie może się tu wyświetlić){said}. Odblokuj swój pęk kluczy logowania i spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not {action} in the keyring ({backend}): {problem}</source>
        <translation>Nie udało się {action} w pęku kluczy ({backend}): {problem}</translation>
    </message>
</context>
<context>
    <name>MailWords</name>
    <message>
        <location filename="../composer/services/mail.py" line="+86"/>
        <source>{address} is not a buyer&apos;s anonymised Amazon address; Amazon relays e-mail to the buyer only through it (…@{domain})</source>
        <translation>{address} nie jest zanonimizowanym adresem kupującego w Amazon; Amazon przekazuje e-maile kupującemu tylko przez taki adres (…@{domain})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{address} is a buyer address of another marketplace; buyers of Amazon.{store} ({code}) are reached at …@{domain}</source>
        <translation>{address} to adres kupującego z innego sklepu Amazon; do kupujących z Amazon.{store} ({code}) pisze się na adresy …@{domain}</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>no encryption, this machine only</source>
        <translation>bez szyfrowania, tylko serwer na tym komputerze</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server {server} ({security}) accepted the login of {user}.</source>
        <extracomment>{server} is host:port, {security} &quot;STARTTLS&quot;, &quot;SSL&quot; or &quot;no encryption, this machine only&quot;.</extracomment>
        <translation>Serwer poczty {server} ({security}) zaakceptował logowanie użytkownika {user}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server {server} ({security}) answered.</source>
        <translation>Serwer poczty {server} ({security}) odpowiedział.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../composer/ui/main_window.py" line="+272"/>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message body</source>
        <translation>Treść wiadomości</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Character count</source>
        <translation>Liczba znaków</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox summary</source>
        <translation>Podsumowanie skrzynki nadawczej</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Formatting</source>
        <translation>Formatowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Sending</source>
        <translation>Wysyłanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>Wi&amp;dok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ormat</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Checks</source>
        <translation>&amp;Sprawdzanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Message</source>
        <translation>&amp;Wiadomość</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New message</source>
        <translation>&amp;Nowa wiadomość</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+757"/>
        <source>New message</source>
        <translation>Nowa wiadomość</translation>
    </message>
    <message>
        <location line="-756"/>
        <source>&amp;Open a message file…</source>
        <translation>&amp;Otwórz plik wiadomości…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a message file</source>
        <translation>Otwórz plik wiadomości</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Drafts…</source>
        <translation>&amp;Wersje robocze…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drafts</source>
        <translation>Wersje robocze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Templates…</source>
        <translation>&amp;Szablony…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Templates</source>
        <translation>Szablony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename draft…</source>
        <translation>&amp;Zmień nazwę wersji roboczej…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+531"/>
        <source>Rename draft</source>
        <translation>Zmień nazwę wersji roboczej</translation>
    </message>
    <message>
        <location line="-529"/>
        <source>Copy as Amazon-safe &amp;HTML</source>
        <translation>Kopiuj jako &amp;HTML zgodny z Amazon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as Amazon-safe HTML</source>
        <translation>Kopiuj jako HTML zgodny z Amazon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy as plain &amp;text</source>
        <translation>Kopiuj jako zwykły &amp;tekst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy as plain text</source>
        <translation>Kopiuj jako zwykły tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export</source>
        <translation>Eksportuj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channel preview…</source>
        <translation>&amp;Podgląd w kanale…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel preview</source>
        <translation>Podgląd w kanale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preferences</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bold</source>
        <translation>&amp;Pogrubienie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bold</source>
        <translation>Pogrubienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Italic</source>
        <translation>&amp;Kursywa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Italic</source>
        <translation>Kursywa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Underline</source>
        <translation>Po&amp;dkreślenie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Underline</source>
        <translation>Podkreślenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulleted &amp;list</source>
        <translation>Lista punk&amp;towana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bulleted list</source>
        <translation>Lista punktowana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Numbered list</source>
        <translation>Lista &amp;numerowana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Numbered list</source>
        <translation>Lista numerowana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert https &amp;link…</source>
        <translation>Wstaw &amp;link https…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Insert https link</source>
        <translation>Wstaw link https</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove link</source>
        <translation>&amp;Usuń link</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove link</source>
        <translation>Usuń link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix all &amp;safe problems</source>
        <translation>Zastosuj wszystkie &amp;bezpieczne poprawki</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fix all safe problems</source>
        <translation>Zastosuj wszystkie bezpieczne poprawki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next problem</source>
        <translation>&amp;Następny problem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next problem</source>
        <translation>Następny problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ignored rules…</source>
        <translation>&amp;Ignorowane reguły…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ignored rules</source>
        <translation>Ignorowane reguły</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send…</source>
        <translation>&amp;Wyślij…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outbox</source>
        <translation>&amp;Skrzynka nadawcza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outbox</source>
        <translation>Skrzynka nadawcza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seller &amp;accounts…</source>
        <translation>&amp;Konta sprzedawcy…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seller accounts</source>
        <translation>Konta sprzedawcy</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>The check failed: {error}</source>
        <translation>Sprawdzanie nie powiodło się: {error}</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Ignore this rule</source>
        <translation>Ignoruj tę regułę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop checking “{rule}” in every message? Amazon still applies it. Checks › Ignored rules… turns it back on.</source>
        <translation>Przestać sprawdzać regułę „{rule}” we wszystkich wiadomościach? Amazon nadal ją stosuje. Można ją ponownie włączyć w menu Sprawdzanie › Ignorowane reguły…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Could not add “{word}”: {error}</source>
        <translation>Nie udało się dodać „{word}”: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Looking for suggestions…</source>
        <translation>Szukanie propozycji…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Suggestions</source>
        <translation>Propozycje</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No suggestions</source>
        <translation>Brak propozycji</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>Insert link</source>
        <translation>Wstaw link</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Address (https:// only):</source>
        <translation>Adres (tylko https://):</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The draft could not be saved: {error}</source>
        <translation>Nie udało się zapisać wersji roboczej: {error}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} cannot be opened: {error}</source>
        <translation>Nie można otworzyć pliku {file}: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open a message</source>
        <translation>Otwórz wiadomość</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages ({patterns})</source>
        <translation>Wiadomości ({patterns})</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Copied as Amazon-safe HTML (and as plain text).</source>
        <translation>Skopiowano jako HTML zgodny z Amazon (i jako zwykły tekst).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied as plain text.</source>
        <translation>Skopiowano jako zwykły tekst.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exported to {path}</source>
        <translation>Wyeksportowano do {path}</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The outbox cannot be opened: {error}</source>
        <translation>Nie można otworzyć skrzynki nadawczej: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Message {id}, order {order}: {outcome}</source>
        <translation>Wiadomość {id}, zamówienie {order}: {outcome}</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n oczekuje na wysłanie</numerusform>
            <numerusform>%n oczekują na wysłanie</numerusform>
            <numerusform>%n oczekuje na wysłanie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n uncertain: decide in the outbox</source>
        <translation>
            <numerusform>%n niepewna: zdecyduj w skrzynce nadawczej</numerusform>
            <numerusform>%n niepewne: zdecyduj w skrzynce nadawczej</numerusform>
            <numerusform>%n niepewnych: zdecyduj w skrzynce nadawczej</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox: {summary}</source>
        <translation>Skrzynka nadawcza: {summary}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n message(s) being sent when Composer stopped: the buyer may or may not have them. Check, then decide in the outbox (Message › Outbox).</source>
        <translation>
            <numerusform>%n wiadomość była w trakcie wysyłania, gdy Composer zakończył działanie: kupujący mógł ją otrzymać lub nie. Sprawdź to, a następnie zdecyduj w skrzynce nadawczej (Wiadomość › Skrzynka nadawcza).</numerusform>
            <numerusform>%n wiadomości były w trakcie wysyłania, gdy Composer zakończył działanie: kupujący mógł je otrzymać lub nie. Sprawdź to, a następnie zdecyduj w skrzynce nadawczej (Wiadomość › Skrzynka nadawcza).</numerusform>
            <numerusform>%n wiadomości było w trakcie wysyłania, gdy Composer zakończył działanie: kupujący mógł je otrzymać lub nie. Sprawdź to, a następnie zdecyduj w skrzynce nadawczej (Wiadomość › Skrzynka nadawcza).</numerusform>
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
        <translation>{count} / {limit} znaków</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln znak</numerusform>
            <numerusform>%Ln znaki</numerusform>
            <numerusform>%Ln znaków</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removed what Amazon does not accept: {removed}.</source>
        <translation>Usunięto elementy, których Amazon nie akceptuje: {removed}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was inserted: {reason}</source>
        <translation>Nic nie wstawiono: {reason}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Composer closes as soon as the message being sent (or the check with Amazon) has its answer.</source>
        <translation>Composer zamknie się, gdy tylko nadejdzie odpowiedź dotycząca wysyłanej wiadomości (lub sprawdzania w Amazon).</translation>
    </message>
</context>
<context>
    <name>MarketplaceWords</name>
    <message>
        <location filename="../composer/services/marketplaces.py" line="+272"/>
        <source>unknown marketplace {key}; known: {codes}</source>
        <translation>nieznany sklep Amazon {key}; znane: {codes}</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <location filename="../composer/ui/editor.py" line="+47"/>
        <source>Write your message to the buyer…</source>
        <translation>Napisz wiadomość do kupującego…</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>a buyer message is a few thousand characters at most, and this would make it {count} (the limit here is {limit})</source>
        <translation>wiadomość do kupującego ma najwyżej kilka tysięcy znaków, a po wstawieniu miałaby ich {count} (limit: {limit})</translation>
    </message>
</context>
<context>
    <name>MessageFileWords</name>
    <message>
        <location filename="../composer/services/message_files.py" line="+70"/>
        <source>unsupported file type &apos;{suffix}&apos; (use {suffixes})</source>
        <translation>nieobsługiwany typ pliku „{suffix}” (użyj: {suffixes})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>too large for a message ({size} MB; the limit is {limit} MB)</source>
        <translation>za duży na wiadomość ({size} MB; limit: {limit} MB)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is a directory</source>
        <translation>to jest folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no such file</source>
        <translation>nie ma takiego pliku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>permission denied</source>
        <translation>brak uprawnień</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>binary file, not a message</source>
        <translation>plik binarny, a nie wiadomość</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not valid UTF-8 (byte {byte} at offset {offset})</source>
        <translation>nieprawidłowy tekst UTF-8 (bajt {byte} na pozycji {offset})</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>malformed JSON at line {line} column {column}: {problem}</source>
        <translation>błędny JSON w wierszu {line}, kolumnie {column}: {problem}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the JSON must be an object with at least a {field}</source>
        <translation>JSON musi być obiektem zawierającym co najmniej pole {field}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown field &apos;{field}&apos; (known: {fields})</source>
        <translation>nieznane pole „{field}” (znane: {fields})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{field} is missing or not a string</source>
        <translation>brak pola {field} lub nie jest ono ciągiem znaków</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{field} must be {choices}, not {value}</source>
        <translation>pole {field} musi mieć wartość {choices}, a nie {value}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{field} must be one of {choices}, not {value}</source>
        <translation>pole {field} musi mieć jedną z wartości: {choices}, a nie {value}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{field} must be true or false</source>
        <translation>pole {field} musi mieć wartość true lub false</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{field} must be a string</source>
        <translation>pole {field} musi być ciągiem znaków</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{field} is not a date (YYYY-MM-DD): {value}</source>
        <translation>pole {field} nie jest datą (RRRR-MM-DD): {value}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{field} must be a list</source>
        <translation>pole {field} musi być listą</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>attachment {n} needs a {field}</source>
        <translation>załącznik {n} wymaga pola {field}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>attachment {n}: {field} must be a number of bytes</source>
        <translation>załącznik {n}: pole {field} musi być liczbą bajtów</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>attachment {n}: {field} must be a string</source>
        <translation>załącznik {n}: pole {field} musi być ciągiem znaków</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>binary file, not an e-mail</source>
        <translation>plik binarny, a nie e-mail</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a readable e-mail: {problem}</source>
        <translation>nieczytelny e-mail: {problem}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no e-mail headers (Subject, From, To, Content-Type)</source>
        <translation>brak nagłówków e-maila (Subject, From, To, Content-Type)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the message text cannot be decoded: {problem}</source>
        <translation>nie można zdekodować tekstu wiadomości: {problem}</translation>
    </message>
</context>
<context>
    <name>NoteWords</name>
    <message>
        <location filename="../composer/policy/engine.py" line="+319"/>
        <source>No phrase data for {language}: purposes and wording rules were not checked; contacts, links, emoji and formatting were.</source>
        <extracomment>{language} is a language&apos;s name (&quot;Swedish&quot;).</extracomment>
        <translation>Brak danych o sformułowaniach (język: {language}): nie sprawdzono celów wiadomości ani reguł dotyczących sformułowań; dane kontaktowe, linki, emoji i formatowanie zostały sprawdzone.</translation>
    </message>
    <message>
        <location filename="../composer/policy/rules/spelling.py" line="+103"/>
        <source>Spelling was not checked: there is no {language} dictionary (pyspellchecker ships {languages}).</source>
        <extracomment>{language} is a language&apos;s name, {languages} the codes of the dictionaries at hand.</extracomment>
        <translation>Nie sprawdzono pisowni: brak słownika (język: {language}; pyspellchecker zawiera słowniki: {languages}).</translation>
    </message>
</context>
<context>
    <name>OrderFields</name>
    <message>
        <location filename="../composer/ui/order_fields.py" line="+31"/>
        <source>E-mail to the buyer&apos;s Amazon address</source>
        <translation>E-mail na adres kupującego w Amazon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selling Partner API</source>
        <translation>Selling Partner API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seller Central (Contact Buyer)</source>
        <translation>Seller Central (Skontaktuj się z kupującym)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Order</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order details</source>
        <translation>Szczegóły zamówienia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order &amp;ID:</source>
        <translation>&amp;Numer zamówienia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order &amp;date:</source>
        <translation>Data za&amp;mówienia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;livery date:</source>
        <translation>Data dos&amp;tawy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Marketplace:</source>
        <translation>Sklep &amp;Amazon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Buyer language:</source>
        <translation>&amp;Język kupującego:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanał:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message &amp;type:</source>
        <translation>T&amp;yp wiadomości:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order ID</source>
        <translation>Numer zamówienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order date</source>
        <translation>Data zamówienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery date</source>
        <translation>Data dostawy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YYYY-MM-DD</source>
        <translation>RRRR-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketplace</source>
        <translation>Sklep Amazon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer language</source>
        <translation>Język kupującego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message type</source>
        <translation>Typ wiadomości</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none chosen)</source>
        <translation>(nie wybrano)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply to a message from the buyer</source>
        <translation>Odpowiedź na wiadomość od kupującego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to a buyer</source>
        <translation>Odpowiedź kupującemu</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../composer/ui/outbox_window.py" line="+54"/>
        <source>waiting</source>
        <translation>oczekuje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>being sent</source>
        <translation>w trakcie wysyłania</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <location line="+124"/>
        <source>sent</source>
        <translation>wysłana</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>failed</source>
        <translation>nieudana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uncertain</source>
        <translation>niepewna</translation>
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
        <translation>zapisana, oczekuje na wysłanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warnings confirmed by the user</source>
        <translation>ostrzeżenia potwierdzone przez użytkownika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handed to the network</source>
        <translation>przekazana do sieci</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation>odrzucona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no clear answer: uncertain</source>
        <translation>brak jednoznacznej odpowiedzi: niepewna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>put back in the queue</source>
        <translation>przywrócona do kolejki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found half-sent after Composer stopped: uncertain</source>
        <translation>po ponownym uruchomieniu wykryta jako wysłana częściowo: niepewna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>queued again by the user</source>
        <translation>ponownie dodana do kolejki przez użytkownika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked sent by the user</source>
        <translation>oznaczona przez użytkownika jako wysłana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked not sent by the user</source>
        <translation>oznaczona przez użytkownika jako niewysłana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled by the user</source>
        <translation>anulowana przez użytkownika</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>critical</source>
        <translation>krytyczna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proactive</source>
        <translation>proaktywna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forbidden</source>
        <translation>zabroniona</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Review request</source>
        <translation>Prośba o recenzję</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sent. Amazon will send its review request to the buyer (request id {id}).</source>
        <translation>Wysłano. Amazon wyśle kupującemu swoją prośbę o recenzję (identyfikator żądania {id}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent. Amazon accepted it (request id {id}).</source>
        <translation>Wysłano. Amazon przyjął wiadomość (identyfikator żądania {id}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent. The mail server accepted it for Amazon&apos;s relay to the buyer (message id {id}).</source>
        <translation>Wysłano. Serwer poczty przyjął wiadomość do przekazania kupującemu przez Amazon (identyfikator wiadomości {id}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent. {reason}</source>
        <translation>Wysłano. {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: {reason}</source>
        <translation>Nie wysłano: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not sent: Amazon refused it ({code}): “{reply}” Nothing reached the buyer. Correct the cause, then use Retry in the outbox.</source>
        <translation>Nie wysłano: Amazon odrzucił wiadomość ({code}): „{reply}” Nic nie dotarło do kupującego. Usuń przyczynę, a następnie użyj przycisku „Ponów” w skrzynce nadawczej.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sent: the mail server refused it ({code}): “{reply}” Nothing reached the buyer. Correct the cause, then use Retry in the outbox.</source>
        <translation>Nie wysłano: serwer poczty odrzucił wiadomość ({code}): „{reply}” Nic nie dotarło do kupującego. Usuń przyczynę, a następnie użyj przycisku „Ponów” w skrzynce nadawczej.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sent. {reason}</source>
        <translation>Nie wysłano. {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent yet.</source>
        <translation>Jeszcze nie wysłano.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Waiting in the outbox: {reason} It is not tried before {time}. It goes out by itself: Composer tries again every %n seconds while it is open.</source>
        <translation>
            <numerusform>Oczekuje w skrzynce nadawczej: {reason} Kolejna próba nie wcześniej niż o {time}. Wiadomość wyjdzie sama: gdy Composer jest otwarty, ponawia próbę co %n sekundę.</numerusform>
            <numerusform>Oczekuje w skrzynce nadawczej: {reason} Kolejna próba nie wcześniej niż o {time}. Wiadomość wyjdzie sama: gdy Composer jest otwarty, ponawia próbę co %n sekundy.</numerusform>
            <numerusform>Oczekuje w skrzynce nadawczej: {reason} Kolejna próba nie wcześniej niż o {time}. Wiadomość wyjdzie sama: gdy Composer jest otwarty, ponawia próbę co %n sekund.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Waiting in the outbox: {reason} It goes out by itself: Composer tries again every %n seconds while it is open.</source>
        <translation>
            <numerusform>Oczekuje w skrzynce nadawczej: {reason} Wiadomość wyjdzie sama: gdy Composer jest otwarty, ponawia próbę co %n sekundę.</numerusform>
            <numerusform>Oczekuje w skrzynce nadawczej: {reason} Wiadomość wyjdzie sama: gdy Composer jest otwarty, ponawia próbę co %n sekundy.</numerusform>
            <numerusform>Oczekuje w skrzynce nadawczej: {reason} Wiadomość wyjdzie sama: gdy Composer jest otwarty, ponawia próbę co %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Uncertain: {reason}
Amazon may have it. Composer will not send it again by itself, because the buyer would get it twice. Ask Amazon whether a review request is still allowed for the order (if not, it went out), then decide in the outbox: Mark sent, Mark not sent, or I checked: send again.</source>
        <translation>Wynik niepewny: {reason}
Amazon mógł ją otrzymać. Composer nie wyśle jej ponownie sam, bo kupujący dostałby ją dwa razy. Sprawdź w Amazon, czy prośba o recenzję dla tego zamówienia jest nadal dozwolona (jeśli nie, to została wysłana), a następnie zdecyduj w skrzynce nadawczej: „Oznacz jako wysłaną”, „Oznacz jako niewysłaną” lub „Sprawdzone: wyślij ponownie”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Uncertain: {reason}
Amazon may have it. Composer will not send it again by itself, because the buyer would get it twice. Check the order&apos;s sent messages in Seller Central (Buyer-Seller Messages), then decide in the outbox: Mark sent, Mark not sent, or I checked: send again.</source>
        <translation>Wynik niepewny: {reason}
Amazon mógł ją otrzymać. Composer nie wyśle jej ponownie sam, bo kupujący dostałby ją dwa razy. Sprawdź wiadomości wysłane w sprawie tego zamówienia w Seller Central (Wiadomości między kupującym a sprzedawcą), a następnie zdecyduj w skrzynce nadawczej: „Oznacz jako wysłaną”, „Oznacz jako niewysłaną” lub „Sprawdzone: wyślij ponownie”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Uncertain: {reason}
The mail server may have it. Composer will not send it again by itself, because the buyer would get it twice. Check the order&apos;s sent messages in Seller Central (Buyer-Seller Messages), then decide in the outbox: Mark sent, Mark not sent, or I checked: send again.</source>
        <translation>Wynik niepewny: {reason}
Serwer poczty mógł ją otrzymać. Composer nie wyśle jej ponownie sam, bo kupujący dostałby ją dwa razy. Sprawdź wiadomości wysłane w sprawie tego zamówienia w Seller Central (Wiadomości między kupującym a sprzedawcą), a następnie zdecyduj w skrzynce nadawczej: „Oznacz jako wysłaną”, „Oznacz jako niewysłaną” lub „Sprawdzone: wyślij ponownie”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Being sent…</source>
        <translation>Wysyłanie…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sent · {id}</source>
        <translation>wysłana · {id}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>check Seller Central, then decide</source>
        <translation>sprawdź w Seller Central i zdecyduj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting to go out</source>
        <translation>oczekuje na wysłanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>being sent…</source>
        <translation>wysyłanie…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{order} ({marketplace})</source>
        <translation>{order} ({marketplace})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>Próby</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Pliki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text sent</source>
        <translation>Wysłany tekst</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon writes the review request itself: no text of yours.</source>
        <translation>Amazon sam pisze prośbę o recenzję: bez Twojego tekstu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Sprawdzanie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category: {category}</source>
        <translation>Kategoria: {category}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No check (Amazon&apos;s own text).</source>
        <translation>Nie sprawdzano (własny tekst Amazon).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warnings confirmed by the user ({time})</source>
        <translation>Ostrzeżenia potwierdzone przez użytkownika ({time})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reference</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words</source>
        <translation>Komunikat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amazon&apos;s reply</source>
        <translation>Odpowiedź Amazon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s reply</source>
        <translation>Odpowiedź serwera</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{event} (you)</source>
        <translation>{event} (Ty)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The buyer may already have message {id} (order {order}): the last attempt went out without a clear answer.

Send it again only if you checked that Amazon still offers a review request for this order. Did you check, and send it again?</source>
        <translation>Kupujący mógł już otrzymać wiadomość {id} (zamówienie {order}): ostatnia próba wyszła bez jednoznacznej odpowiedzi.

Wyślij ją ponownie tylko wtedy, gdy sprawdzisz, że Amazon nadal oferuje prośbę o recenzję dla tego zamówienia. Czy to sprawdzono? Wysłać ponownie?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The buyer may already have message {id} (order {order}): the last attempt went out without a clear answer.

Send it again only if you checked that the message is not among the order&apos;s sent messages in Seller Central. Did you check, and send it again?</source>
        <translation>Kupujący mógł już otrzymać wiadomość {id} (zamówienie {order}): ostatnia próba wyszła bez jednoznacznej odpowiedzi.

Wyślij ją ponownie tylko wtedy, gdy sprawdzisz, że nie ma jej wśród wiadomości wysłanych w sprawie tego zamówienia w Seller Central. Czy to sprawdzono? Wysłać ponownie?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send again</source>
        <translation>Wyślij ponownie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I checked: send again</source>
        <translation>Sprawdzone: wyślij ponownie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the outbox as CSV</source>
        <translation>Eksportuj skrzynkę nadawczą do CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>composer-outbox</source>
        <comment>a file name</comment>
        <translation>composer-skrzynka-nadawcza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV for spreadsheets ({patterns})</source>
        <translation>CSV dla arkuszy kalkulacyjnych ({patterns})</translation>
    </message>
</context>
<context>
    <name>OutboxCli</name>
    <message>
        <location filename="../composer/cli_outbox.py" line="+160"/>
        <source>list, show, retry, mark and export the messages sent</source>
        <translation>lista, podgląd, ponawianie, oznaczanie i eksport wysłanych wiadomości</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The outbox and audit log: every message Composer handed to Amazon or the mail server, with its check, the warnings you confirmed and the answer. States: queued, sending, sent, failed, uncertain (it went out without a clear answer: check Seller Central, then mark it, or retry it with --i-checked). Exit status 0: done; 1: a message was not sent; 2: bad usage or an unreadable database.</source>
        <extracomment>The state names (queued, sending, sent, failed, uncertain) are typed as they are.</extracomment>
        <translation>Skrzynka nadawcza i dziennik audytu: każda wiadomość, którą Composer przekazał do Amazon lub serwera poczty, z wynikiem sprawdzania, potwierdzonymi ostrzeżeniami i odpowiedzią. Stany: queued, sending, sent, failed, uncertain (wiadomość wyszła bez jednoznacznej odpowiedzi: sprawdź w Seller Central, a następnie oznacz ją albo ponów z opcją --i-checked). Kod wyjścia 0: gotowe; 1: wiadomość nie została wysłana; 2: błędne użycie lub nieczytelna baza danych.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>list the messages, newest first</source>
        <translation>lista wiadomości, od najnowszych</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this state</source>
        <translation>tylko w tym stanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this order</source>
        <translation>tylko dla tego zamówienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this account</source>
        <translation>tylko z tego konta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most N (default 50)</source>
        <translation>najwyżej N (domyślnie 50)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one message: what was sent, its check and history</source>
        <translation>jedna wiadomość: co wysłano, wynik sprawdzania i historia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>send a failed or uncertain message again, and what waits in the queue</source>
        <translation>ponowne wysłanie nieudanej lub niepewnej wiadomości oraz tego, co czeka w kolejce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue message ID again (a failed one; an uncertain one only with --i-checked, after checking in Seller Central that the buyer did not get it), then send everything that waits in the queue. Without ID: only the queue.</source>
        <translation>Ponownie dodaje do kolejki wiadomość ID (nieudaną; niepewną tylko z opcją --i-checked, po sprawdzeniu w Seller Central, że kupujący jej nie otrzymał), a następnie wysyła wszystko, co czeka w kolejce. Bez ID: wysyła tylko kolejkę.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>you checked in Seller Central that the uncertain message did not arrive</source>
        <translation>sprawdzono w Seller Central, że niepewna wiadomość nie dotarła</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>settle an uncertain message: sent or not-sent</source>
        <translation>rozstrzygnięcie niepewnej wiadomości: sent lub not-sent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>withdraw a queued message before it goes out</source>
        <translation>wycofanie wiadomości z kolejki, zanim zostanie wysłana</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>write the log as CSV (UTF-8, for Excel) for an A-to-Z claim</source>
        <translation>zapis dziennika w formacie CSV (UTF-8, dla Excela) na potrzeby roszczenia w ramach Gwarancji od A do Z</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>only this message</source>
        <translation>tylko ta wiadomość</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the folder of Composer&apos;s database and accounts, as the window&apos;s --data-dir (default: your user data and config folders)</source>
        <translation>folder bazy danych i kont programu Composer, jak opcja --data-dir okna (domyślnie: Twoje foldery danych i konfiguracji użytkownika)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>note: message {id} was being sent when Composer stopped; it is now uncertain (see: composer outbox show {id})</source>
        <translation>uwaga: wiadomość {id} była w trakcie wysyłania, gdy Composer przestał działać; jest teraz niepewna (zobacz: composer outbox show {id})</translation>
    </message>
    <message numerus="yes">
        <location line="+233"/>
        <source>%n message(s) written to {path}</source>
        <translation>
            <numerusform>Zapisano %n wiadomość do pliku {path}</numerusform>
            <numerusform>Zapisano %n wiadomości do pliku {path}</numerusform>
            <numerusform>Zapisano %n wiadomości do pliku {path}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown action {action}</source>
        <translation>nieznana czynność {action}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--limit must be 1 or more</source>
        <translation>--limit musi wynosić co najmniej 1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No message matches.</source>
        <translation>Brak pasujących wiadomości.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The outbox is empty.</source>
        <translation>Skrzynka nadawcza jest pusta.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>text sent:</source>
        <translation>wysłany tekst:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check findings:</source>
        <translation>problemy wykryte przy sprawdzaniu:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>warnings confirmed ({when}):</source>
        <translation>potwierdzone ostrzeżenia ({when}):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>history:</source>
        <translation>historia:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (by you)</source>
        <translation> (Ty)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>next: check the order&apos;s messages in Seller Central, then: composer outbox mark {id} sent|not-sent, or composer outbox retry {id} --i-checked</source>
        <translation>co dalej: sprawdź wiadomości zamówienia w Seller Central, a potem: composer outbox mark {id} sent|not-sent lub composer outbox retry {id} --i-checked</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>queued again: {message}</source>
        <translation>ponownie w kolejce: {message}</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n message(s) still wait in the queue</source>
        <translation>
            <numerusform>%n wiadomość nadal czeka w kolejce</numerusform>
            <numerusform>%n wiadomości nadal czekają w kolejce</numerusform>
            <numerusform>%n wiadomości nadal czeka w kolejce</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was due to be sent.</source>
        <translation>Nic nie czekało na wysłanie.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>reference {reference}</source>
        <translation>identyfikator {reference}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>message</source>
        <comment>outbox show label</comment>
        <extracomment>The labels of &quot;composer outbox show&quot;&apos;s lines (&quot;label: value&quot;).</extracomment>
        <translation>wiadomość</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{state} (attempts: {attempts})</source>
        <extracomment>{state} is the state&apos;s name (queued, sending, sent, failed, uncertain), typed as it is.</extracomment>
        <translation>{state} (próby: {attempts})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>state</source>
        <comment>outbox show label</comment>
        <translation>stan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reason</source>
        <comment>outbox show label</comment>
        <translation>powód</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account</source>
        <comment>outbox show label</comment>
        <translation>konto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order</source>
        <comment>outbox show label</comment>
        <translation>zamówienie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>channel</source>
        <comment>outbox show label</comment>
        <translation>kanał</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message type</source>
        <comment>outbox show label</comment>
        <translation>typ wiadomości</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <comment>outbox show label</comment>
        <translation>do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from</source>
        <comment>outbox show label</comment>
        <translation>od</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject</source>
        <comment>outbox show label</comment>
        <translation>temat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attachments</source>
        <comment>outbox show label</comment>
        <translation>załączniki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{start} to {end}</source>
        <comment>warranty period</comment>
        <translation>od {start} do {end}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warranty</source>
        <comment>outbox show label</comment>
        <translation>gwarancja</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{category}; rules: {rules}</source>
        <extracomment>{category} is the category&apos;s id, {rules} the rule ids (or &quot;none&quot;), typed as they are.</extracomment>
        <translation>{category}; reguły: {rules}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <comment>no rule ids</comment>
        <translation>brak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check</source>
        <comment>outbox show label</comment>
        <translation>sprawdzanie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recorded</source>
        <comment>outbox show label</comment>
        <translation>zapisano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not before</source>
        <comment>outbox show label</comment>
        <translation>nie wcześniej niż</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reply reference</source>
        <comment>outbox show label</comment>
        <translation>identyfikator odpowiedzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reply code</source>
        <comment>outbox show label</comment>
        <translation>kod odpowiedzi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reply</source>
        <comment>outbox show label</comment>
        <translation>odpowiedź</translation>
    </message>
</context>
<context>
    <name>OutboxState</name>
    <message>
        <location filename="../composer/services/outbox.py" line="+124"/>
        <source>queued</source>
        <translation>oczekująca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending</source>
        <translation>w trakcie wysyłania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>wysłana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>nieudana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uncertain</source>
        <translation>niepewna</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <location filename="../composer/ui/outbox_window.py" line="+69"/>
        <source>Outbox – Composer</source>
        <translation>Skrzynka nadawcza – Composer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox</source>
        <translation>Skrzynka nadawcza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox messages</source>
        <translation>Wiadomości w skrzynce nadawczej</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message details</source>
        <translation>Szczegóły wiadomości</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox status</source>
        <translation>Stan skrzynki nadawczej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Retry</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I checked: send &amp;again…</source>
        <translation>Sprawdzone: &amp;wyślij ponownie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I checked: send again</source>
        <translation>Sprawdzone: wyślij ponownie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;sent</source>
        <translation>Oznacz jako wy&amp;słaną</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark sent</source>
        <translation>Oznacz jako wysłaną</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;not sent</source>
        <translation>Oznacz jako &amp;niewysłaną</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark not sent</source>
        <translation>Oznacz jako niewysłaną</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel sending</source>
        <translation>&amp;Anuluj wysyłanie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel sending</source>
        <translation>Anuluj wysyłanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Eksportuj CSV…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export CSV</source>
        <translation>Eksportuj CSV</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The outbox cannot be read: {error}</source>
        <translation>Nie można odczytać skrzynki nadawczej: {error}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Nothing sent yet.</source>
        <translation>Jeszcze nic nie wysłano.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a message.</source>
        <translation>Wybierz wiadomość.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Message {id}: {outcome}</source>
        <translation>Wiadomość {id}: {outcome}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <source>Not queued again: {error}</source>
        <translation>Nie dodano ponownie do kolejki: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not marked: {error}</source>
        <translation>Nie oznaczono: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not cancelled: {error}</source>
        <translation>Nie anulowano: {error}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not exported: {error}</source>
        <translation>Nie wyeksportowano: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %Ln message(s) to {path}.</source>
        <translation>
            <numerusform>Wyeksportowano %Ln wiadomość do {path}.</numerusform>
            <numerusform>Wyeksportowano %Ln wiadomości do {path}.</numerusform>
            <numerusform>Wyeksportowano %Ln wiadomości do {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxWords</name>
    <message>
        <location filename="../composer/services/outbox.py" line="-45"/>
        <source>Composer stopped while this message was being sent, so it may or may not have reached the buyer. Check the order&apos;s messages in Seller Central, then mark it sent or not sent, or send it again.</source>
        <translation>Działanie programu Composer zostało przerwane podczas wysyłania tej wiadomości, więc nie wiadomo, czy dotarła do kupującego. Sprawdź wiadomości dotyczące tego zamówienia w Seller Central, a następnie oznacz ją jako wysłaną lub niewysłaną albo wyślij ją ponownie.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The user checked: the buyer got it.</source>
        <translation>Sprawdzone przez użytkownika: kupujący otrzymał wiadomość.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user checked: the buyer got it. {note}</source>
        <translation>Sprawdzone przez użytkownika: kupujący otrzymał wiadomość. {note}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user checked: the buyer did not get it.</source>
        <translation>Sprawdzone przez użytkownika: kupujący nie otrzymał wiadomości.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user checked: the buyer did not get it. {note}</source>
        <translation>Sprawdzone przez użytkownika: kupujący nie otrzymał wiadomości. {note}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled by the user.</source>
        <translation>Anulowana przez użytkownika.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled by the user. {note}</source>
        <translation>Anulowana przez użytkownika. {note}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>after checking it had not arrived</source>
        <translation>po sprawdzeniu, że nie dotarła</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>after checking it had not arrived {note}</source>
        <translation>po sprawdzeniu, że nie dotarła {note}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{reason} (not before {time})</source>
        <extracomment>{reason} says why the message waits; {time} is when it may go out (UTC).</extracomment>
        <translation>{reason} (nie wcześniej niż {time})</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>record the message in the outbox</source>
        <translation>zapisać wiadomości w skrzynce nadawczej</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>start sending the message</source>
        <translation>rozpocząć wysyłania wiadomości</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>put the message back in the queue</source>
        <translation>przywrócić wiadomości do kolejki</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>queue the message again</source>
        <translation>ponownie dodać wiadomości do kolejki</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message {id} may have reached the buyer already. Check the order&apos;s messages in Seller Central first; send it again only if it is not there (confirm that you checked).</source>
        <translation>Wiadomość {id} mogła już dotrzeć do kupującego. Najpierw sprawdź wiadomości dotyczące tego zamówienia w Seller Central; wyślij ją ponownie tylko wtedy, gdy jej tam nie ma (potwierdź, że to sprawdzono).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sent again</source>
        <translation>wysłać ponownie</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>mark the message</source>
        <translation>oznaczyć wiadomości</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>marked sent or not sent</source>
        <translation>oznaczyć jako wysłanej ani niewysłanej</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cancel the message</source>
        <translation>anulować wiadomości</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancelled</source>
        <translation>anulować</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+42"/>
        <location line="+91"/>
        <source>read the outbox</source>
        <translation>odczytać skrzynki nadawczej</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>count the outbox</source>
        <translation>policzyć wiadomości w skrzynce nadawczej</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>read the message&apos;s attachments</source>
        <translation>odczytać załączników wiadomości</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>record the outcome of the send</source>
        <translation>zapisać wyniku wysyłki</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>recover the interrupted sends</source>
        <translation>obsłużyć przerwanych wysyłek</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>read the outbox&apos;s history</source>
        <translation>odczytać historii skrzynki nadawczej</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>message {id}</source>
        <translation>wiadomość {id}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message {id} is waiting: Amazon asked to wait before sending again</source>
        <translation>Wiadomość {id} oczekuje: Amazon poprosił o odczekanie przed ponowną wysyłką</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sent now</source>
        <translation>wysłać teraz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message {id} is {state}, not being sent by this Composer</source>
        <extracomment>{state} is the message&apos;s state (&quot;queued&quot;, &quot;sent&quot; …).</extracomment>
        <translation>Wiadomość {id} ma stan „{state}” i nie jest wysyłana przez tę instancję programu Composer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>state</source>
        <translation>stan</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>outbox message {id}</source>
        <translation>wiadomość {id} w skrzynce nadawczej</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>channel</source>
        <translation>kanał</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>confirmed warnings</source>
        <translation>potwierdzone ostrzeżenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coverage start</source>
        <translation>początek gwarancji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coverage end</source>
        <translation>koniec gwarancji</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>rule ids</source>
        <translation>identyfikatory reguł</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>confirmation time</source>
        <translation>czas potwierdzenia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>files</source>
        <translation>pliki</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>time to wait for</source>
        <translation>nie wcześniej niż</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time of recording</source>
        <translation>czas zapisu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time of the last change</source>
        <translation>czas ostatniej zmiany</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the history of outbox message {id}</source>
        <translation>historia wiadomości {id} w skrzynce nadawczej</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>actor</source>
        <translation>autor zmiany</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time</source>
        <translation>czas</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot prepare sending: {folder} cannot be written ({reason})</source>
        <translation>Nie można przygotować wysyłania: nie można zapisywać w folderze {folder} ({reason})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot prepare sending: cannot lock a file in {folder}</source>
        <translation>Nie można przygotować wysyłania: nie można zablokować pliku w folderze {folder}</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>There is no message {id} in the outbox</source>
        <translation>W skrzynce nadawczej nie ma wiadomości {id}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Message {id} is {state}: it cannot be {wanted}</source>
        <extracomment>{state} is the message&apos;s state (&quot;queued&quot;, &quot;sent&quot; …), {wanted} &quot;sent again&quot;, &quot;cancelled&quot; …</extracomment>
        <translation>Wiadomość {id} ma stan „{state}”, więc nie można jej {wanted}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot record the message: {reason}</source>
        <translation>Nie można zapisać wiadomości: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>account</source>
        <translation>konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order id</source>
        <translation>numer zamówienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marketplace</source>
        <translation>sklep Amazon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message type</source>
        <translation>typ wiadomości</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject</source>
        <translation>temat</translation>
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
        <translation>odbiorca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sender</source>
        <translation>nadawca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category</source>
        <translation>kategoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>findings</source>
        <translation>problemy</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the {field} must be text, not {kind}</source>
        <extracomment>{field} is &quot;order id&quot;, &quot;subject&quot; …; {kind} Python&apos;s name of a type.</extracomment>
        <translation>pole „{field}” musi być tekstem, a nie {kind}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the {field} is missing</source>
        <translation>pole „{field}” jest puste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the {field} is longer than {limit} characters</source>
        <translation>pole „{field}” ma więcej niż {limit} znaków</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the {field} has an invalid character (half a surrogate pair)</source>
        <translation>pole „{field}” zawiera nieprawidłowy znak (połowę pary surogatów)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the {field} must be one line</source>
        <translation>pole „{field}” musi mieścić się w jednym wierszu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected an OutgoingMessage, not {kind}</source>
        <translation>oczekiwano obiektu OutgoingMessage, a nie {kind}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown channel {channel}</source>
        <translation>nieznany kanał {channel}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Composer cannot send by {channel} (only sp-api and email)</source>
        <translation>Composer nie może wysyłać przez kanał {channel} (tylko sp-api i email)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>an SP-API message needs its message type</source>
        <translation>wiadomość SP-API wymaga typu wiadomości</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a rule id: {rule}</source>
        <translation>to nie jest identyfikator reguły: {rule}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the time of confirmation must carry a time zone</source>
        <translation>czas potwierdzenia musi zawierać strefę czasową</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n files; at most {limit}</source>
        <translation>
            <numerusform>%n plik; dozwolone najwyżej {limit}</numerusform>
            <numerusform>%n pliki; dozwolone najwyżej {limit}</numerusform>
            <numerusform>%n plików; dozwolone najwyżej {limit}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file {name} has no bytes</source>
        <translation>plik {name} nie zawiera danych</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file {name} is larger than 10 MB</source>
        <translation>plik {name} ma ponad 10 MB</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a file name: {name}</source>
        <translation>to nie jest nazwa pliku: {name}</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Cannot write in {folder}: {reason}</source>
        <translation>Nie można zapisywać w folderze {folder}: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Nie można zapisać pliku {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../composer/ui/preferences_dialog.py" line="+55"/>
        <source>Preferences</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Język interfejsu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language</source>
        <translation>Język interfejsu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default ({language})</source>
        <translation>Zgodnie z systemem ({language})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Menus, dialogs and the checks&apos; messages switch at once. Your messages and templates stay as you wrote them.</source>
        <translation>Menu, okna dialogowe i komunikaty sprawdzania zmieniają język od razu. Twoje wiadomości i szablony pozostają bez zmian.</translation>
    </message>
</context>
<context>
    <name>SanitizeWords</name>
    <message>
        <location filename="../composer/services/sanitize.py" line="+53"/>
        <source>script</source>
        <translation>skrypt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>style sheet</source>
        <translation>arkusz stylów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>embedded content</source>
        <translation>osadzona zawartość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>video</source>
        <translation>wideo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audio</source>
        <translation>dźwięk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image</source>
        <translation>obraz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>formula</source>
        <translation>wzór</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>form</source>
        <translation>formularz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strikethrough</source>
        <translation>przekreślenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>superscript/subscript</source>
        <translation>indeks górny/dolny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>font size</source>
        <translation>rozmiar czcionki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>font family</source>
        <translation>krój czcionki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>background colour</source>
        <translation>kolor tła</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alignment</source>
        <translation>wyrównanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>margins</source>
        <translation>marginesy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heading size</source>
        <translation>rozmiar nagłówka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table layout</source>
        <translation>układ tabeli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>javascript link</source>
        <translation>link javascript</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data link</source>
        <translation>link typu data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file link</source>
        <translation>link do pliku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail link</source>
        <translation>link do adresu e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone link</source>
        <translation>link do numeru telefonu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link without a web address</source>
        <translation>link bez adresu internetowego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra blank lines</source>
        <translation>nadmiarowe puste wiersze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>insecure (http) link</source>
        <translation>niezabezpieczony link (http)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text colour</source>
        <translation>kolor tekstu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line height</source>
        <translation>wysokość wiersza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>borders</source>
        <translation>obramowania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letter spacing</source>
        <translation>odstępy między literami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capitalisation style</source>
        <translation>styl wielkości liter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tracking pixel</source>
        <translation>piksel śledzący</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>horizontal line</source>
        <translation>linia pozioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden text</source>
        <translation>ukryty tekst</translation>
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
        <translation>dokument PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a PNG image</source>
        <translation>obraz PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>a GIF image</source>
        <translation>obraz GIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a JPEG image</source>
        <translation>obraz JPEG</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a ZIP archive (or a Word, Excel or OpenDocument file)</source>
        <translation>archiwum ZIP (lub plik Word, Excel albo OpenDocument)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an old Office document</source>
        <translation>dokument Office w starym formacie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a program</source>
        <translation>program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Windows program</source>
        <translation>program dla Windows</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>too large to paste ({size} characters; the limit is {limit})</source>
        <translation>za duża zawartość do wklejenia (liczba znaków: {size}; limit: {limit})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this is {kind}, not text</source>
        <extracomment>{kind} is &quot;a PDF document&quot;, &quot;a PNG image&quot; and the like.</extracomment>
        <translation>to jest {kind}, a nie tekst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is binary data, not text</source>
        <translation>to są dane binarne, a nie tekst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this is binary data (or text in an unknown encoding), not text</source>
        <translation>to są dane binarne (lub tekst w nieznanym kodowaniu), a nie tekst</translation>
    </message>
</context>
<context>
    <name>SendCli</name>
    <message>
        <location filename="../composer/cli_outbox.py" line="-673"/>
        <source>check a message and send it to the buyer (SP-API or e-mail)</source>
        <translation>sprawdzenie wiadomości i wysłanie jej do kupującego (SP-API lub e-mail)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check a message file exactly as it will be sent and send it to the buyer of an order: by the SP-API (a message type Amazon allows for the order, or the review request) or by e-mail to the buyer&apos;s anonymised Amazon address. Errors block; warnings need your confirmation (asked on a terminal, or --confirm-warnings), which is kept in the outbox. Exit status 0: sent (or, with --dry-run, nothing blocks); 1: cannot be sent as written, or not sent; 2: bad usage or an unreadable file.</source>
        <translation>Sprawdza plik wiadomości dokładnie w takiej postaci, w jakiej zostanie wysłany, i wysyła go do kupującego z zamówienia: przez SP-API (typ wiadomości, na który Amazon zezwala dla zamówienia, lub prośba o recenzję) albo e-mailem na zanonimizowany adres kupującego w Amazon. Błędy blokują wysłanie; ostrzeżenia wymagają Twojego potwierdzenia (pytanie w terminalu albo opcja --confirm-warnings), które jest zapisywane w skrzynce nadawczej. Kod wyjścia 0: wysłano (albo, z opcją --dry-run, nic nie blokuje wysłania); 1: nie można wysłać w tej postaci lub nie wysłano; 2: błędne użycie lub nieczytelny plik.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the message (.txt, .html, .eml, .json; -); none with --solicitation, whose text Amazon writes</source>
        <translation>wiadomość (.txt, .html, .eml, .json; -); brak przy --solicitation, bo tekst pisze Amazon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the account to send from</source>
        <translation>konto, z którego wysłać</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Amazon order id</source>
        <translation>numer zamówienia Amazon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the SP-API message type (default: the file&apos;s, else the one the check proposes)</source>
        <translation>typ wiadomości SP-API (domyślnie: z pliku, a w przeciwnym razie ten, który proponuje sprawdzanie)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ask Amazon to send its review and feedback request (no text of yours is sent)</source>
        <translation>zlecenie Amazon wysłania prośby o recenzję i opinię (żaden Twój tekst nie jest wysyłany)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sp-api (default) or email (the default when --to is given)</source>
        <translation>sp-api (domyślnie) lub email (domyślnie, gdy podano --to)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e-mail: the buyer&apos;s …@marketplace.amazon… address</source>
        <translation>e-mail: adres kupującego …@marketplace.amazon…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the order&apos;s marketplace (default: the account&apos;s)</source>
        <translation>sklep Amazon zamówienia (domyślnie: sklep konta)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>when the order was delivered (the review request&apos;s 5-30 day window)</source>
        <translation>data dostawy zamówienia (okno 5–30 dni na prośbę o recenzję)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e-mail: the buyer&apos;s language (the SP-API asks Amazon for it)</source>
        <translation>e-mail: język kupującego (przez SP-API podaje go Amazon)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the message answers the buyer</source>
        <translation>wiadomość jest odpowiedzią dla kupującego</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a file to attach (SP-API types that take files; repeatable, at most 5)</source>
        <translation>plik do załączenia (typy SP-API, które przyjmują pliki; można powtarzać, najwyżej 5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>show what would be sent, the check and the allowed types; send nothing</source>
        <translation>pokazanie, co zostałoby wysłane, wyniku sprawdzania i dozwolonych typów; nic nie jest wysyłane</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>send despite warnings (your confirmation is recorded in the outbox)</source>
        <translation>wysłanie mimo ostrzeżeń (Twoje potwierdzenie zostanie zapisane w skrzynce nadawczej)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>not a date (YYYY-MM-DD): {value}</source>
        <translation>to nie jest data (YYYY-MM-DD): {value}</translation>
    </message>
    <message numerus="yes">
        <location line="+118"/>
        <source>cannot be sent: %n problem(s) above</source>
        <translation>
            <numerusform>nie można wysłać: %n problem powyżej</numerusform>
            <numerusform>nie można wysłać: %n problemy powyżej</numerusform>
            <numerusform>nie można wysłać: %n problemów powyżej</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dry run: nothing was sent</source>
        <translation>przebieg próbny: nic nie wysłano</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n warning(s) need your confirmation: send again with --confirm-warnings if you mean to send it as it is</source>
        <translation>
            <numerusform>%n ostrzeżenie wymaga Twojego potwierdzenia: wyślij ponownie z opcją --confirm-warnings, jeśli chcesz wysłać wiadomość w tej postaci</numerusform>
            <numerusform>%n ostrzeżenia wymagają Twojego potwierdzenia: wyślij ponownie z opcją --confirm-warnings, jeśli chcesz wysłać wiadomość w tej postaci</numerusform>
            <numerusform>%n ostrzeżeń wymaga Twojego potwierdzenia: wyślij ponownie z opcją --confirm-warnings, jeśli chcesz wysłać wiadomość w tej postaci</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Send despite %n warning(s)? Your answer is kept in the outbox. [y/N] </source>
        <extracomment>Keep &quot;[y/N]&quot;: the answers understood are y and yes.</extracomment>
        <translation>
            <numerusform>Wysłać mimo %n ostrzeżenia? Twoja odpowiedź zostanie zapisana w skrzynce nadawczej. [y/N] </numerusform>
            <numerusform>Wysłać mimo %n ostrzeżeń? Twoja odpowiedź zostanie zapisana w skrzynce nadawczej. [y/N] </numerusform>
            <numerusform>Wysłać mimo %n ostrzeżeń? Twoja odpowiedź zostanie zapisana w skrzynce nadawczej. [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not sent</source>
        <translation>nie wysłano</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>give the message FILE (only --solicitation goes without one)</source>
        <translation>podaj plik wiadomości FILE (tylko --solicitation nie wymaga pliku)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is about order {file_order}, not {order} (--order)</source>
        <translation>{file} dotyczy zamówienia {file_order}, a nie {order} (--order)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--type and --solicitation are SP-API messages, not e-mail</source>
        <translation>--type i --solicitation dotyczą wiadomości SP-API, nie e-maila</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--to is the e-mail recipient; the SP-API knows the buyer by the order</source>
        <translation>--to to odbiorca e-maila; SP-API rozpoznaje kupującego po zamówieniu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{file} names attachments; give the files with --attach FILE (the SP-API uploads them)</source>
        <translation>{file} wymienia załączniki; podaj pliki opcją --attach FILE (SP-API je przesyła)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>account {account}, order {order}, Amazon.{domain} ({marketplace}), {channel}</source>
        <translation>konto {account}, zamówienie {order}, Amazon.{domain} ({marketplace}), {channel}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(none chosen)</source>
        <translation>(nie wybrano)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message type: {type}</source>
        <translation>typ wiadomości: {type}</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+93"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon allows a review request for this order now: {answer}</source>
        <translation>Amazon zezwala obecnie na prośbę o recenzję dla tego zamówienia: {answer}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none at the moment</source>
        <translation>obecnie żadne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>types Amazon allows for this order: {types}</source>
        <translation>typy, na które Amazon zezwala dla tego zamówienia: {types}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>buyer&apos;s language (Amazon): {language}</source>
        <translation>język kupującego (Amazon): {language}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no address)</source>
        <translation>(brak adresu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to: {address}</source>
        <translation>do: {address}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from: {address}</source>
        <translation>od: {address}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject: {subject}</source>
        <translation>temat: {subject}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>attachment: {name} ({size} bytes)</source>
        <translation>załącznik: {name} ({size} B)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>text sent:</source>
        <translation>wysłany tekst:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>text sent: none (Amazon writes the review request)</source>
        <translation>wysłany tekst: brak (prośbę o recenzję pisze Amazon)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check: {category}: {reason}</source>
        <extracomment>{category} is the category&apos;s id (e.g. &quot;allowed&quot;), typed as it is.</extracomment>
        <translation>sprawdzanie: {category}: {reason}</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>{file}: is a folder; send one message at a time</source>
        <translation>{file}: to jest folder; wysyłaj po jednej wiadomości</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>sent: outbox message {id}{reference}</source>
        <extracomment>{reference} is empty or Amazon&apos;s reference in brackets: &quot; (…)&quot;.</extracomment>
        <translation>wysłano: wiadomość {id} w skrzynce nadawczej{reference}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not sent yet: outbox message {id} waits in the queue: {reason} Send it with: composer outbox retry</source>
        <translation>jeszcze nie wysłano: wiadomość {id} czeka w kolejce skrzynki nadawczej: {reason} Wyślij ją poleceniem: composer outbox retry</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>uncertain: outbox message {id}: {reason} Then: composer outbox mark {id} sent|not-sent</source>
        <translation>wynik niepewny: wiadomość {id} w skrzynce nadawczej: {reason} Następnie: composer outbox mark {id} sent|not-sent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>failed: outbox message {id}{code}: {reason}</source>
        <extracomment>{code} is empty or Amazon&apos;s error code in brackets: &quot; […]&quot;.</extracomment>
        <translation>niepowodzenie: wiadomość {id} w skrzynce nadawczej{code}: {reason}</translation>
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
        <translation>E-mail na adres kupującego</translation>
    </message>
    <message>
        <location line="+256"/>
        <location line="+1"/>
        <source>Send the message</source>
        <translation>Wyślij wiadomość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route</source>
        <translation>Sposób wysyłki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order:</source>
        <translation>Zamówienie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Zamówienie</translation>
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
        <translation>Konta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>Konta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Marketplace:</source>
        <translation>Sklep &amp;Amazon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketplace</source>
        <translation>Sklep Amazon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;by:</source>
        <translation>Wyślij &amp;przez:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send by</source>
        <translation>Wyślij przez</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Route note</source>
        <translation>Uwaga o sposobie wysyłki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message &amp;type:</source>
        <translation>&amp;Typ wiadomości:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message type</source>
        <translation>Typ wiadomości</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer&apos;s &amp;address:</source>
        <translation>Adres &amp;e-mail kupującego:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer&apos;s address</source>
        <translation>Adres e-mail kupującego</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Załączniki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached files</source>
        <translation>Załączone pliki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;files…</source>
        <translation>Dodaj p&amp;liki…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add files</source>
        <translation>Dodaj pliki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected files</source>
        <translation>Usuń zaznaczone pliki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files the type takes</source>
        <translation>Pliki przyjmowane przez typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files not attached</source>
        <translation>Niezałączone pliki</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check</source>
        <translation>Sprawdź</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check status</source>
        <translation>Stan sprawdzania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What will be sent</source>
        <translation>Co zostanie wysłane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message header</source>
        <translation>Nagłówek wiadomości</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text to be sent</source>
        <translation>Tekst do wysłania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Długość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot be sent:</source>
        <translation>Nie można wysłać:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it cannot be sent</source>
        <translation>Dlaczego nie można wysłać</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Warnings:&lt;/b&gt; tick each one you have read and want to send anyway</source>
        <translation>&lt;b&gt;Ostrzeżenia:&lt;/b&gt; zaznacz każde przeczytane ostrzeżenie, jeśli mimo to chcesz wysłać wiadomość</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings to confirm</source>
        <translation>Ostrzeżenia do potwierdzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send</source>
        <translation>&amp;Wyślij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;outbox</source>
        <translation>Otwórz skrzynkę &amp;nadawczą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the outbox</source>
        <translation>Otwórz skrzynkę nadawczą</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The type the check proposes</source>
        <translation>Typ proponowany przez sprawdzanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+373"/>
        <source>Amazon&apos;s review request (Solicitations API)</source>
        <translation>Prośba Amazon o recenzję (Solicitations API)</translation>
    </message>
    <message>
        <location line="-368"/>
        <source>{type} – not allowed for this order</source>
        <translation>{type} – niedozwolony dla tego zamówienia</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>&amp;Check with Amazon</source>
        <translation>&amp;Sprawdź w Amazon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Check</source>
        <translation>&amp;Sprawdź</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seller Central&apos;s Contact Buyer form cannot be filled from Composer: copy the message (File › Copy as plain text) and paste it there, or send it here by the SP-API or e-mail.</source>
        <translation>Formularza „Skontaktuj się z kupującym” w Seller Central nie można wypełnić z poziomu Composer: skopiuj wiadomość (Plik › Kopiuj jako zwykły tekst) i wklej ją tam albo wyślij ją stąd przez SP-API lub e-mailem.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no seller account yet: add one with Accounts….</source>
        <translation>Nie ma jeszcze konta sprzedawcy: dodaj je przyciskiem „Konta…”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{account}” has no SP-API credentials: add them in Accounts…, or send by e-mail.</source>
        <translation>Konto „{account}” nie ma danych dostępowych SP-API: dodaj je w oknie „Konta…” albo wyślij e-mailem.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{account}” has no mail server and sender: add them in Accounts…, or send by the SP-API.</source>
        <translation>Konto „{account}” nie ma serwera poczty ani nadawcy: dodaj je w oknie „Konta…” albo wyślij przez SP-API.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none: fill in the Order ID in the window&apos;s order fields</source>
        <translation>brak: wpisz numer zamówienia w polach zamówienia w oknie głównym</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Documents and images ({patterns})</source>
        <translation>Dokumenty i obrazy ({patterns})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attach files</source>
        <translation>Załącz pliki</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>{file}: already attached</source>
        <translation>{file}: już załączony</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: not added: this message type takes no files</source>
        <translation>{file}: nie dodano: ten typ wiadomości nie przyjmuje plików</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: not added: this message type takes at most {count}</source>
        <translation>{file}: nie dodano: ten typ wiadomości przyjmuje najwyżej {count}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file}: not added: with it the files come to {size}, more than the 10 MB Amazon takes per message</source>
        <translation>{file}: nie dodano: z nim pliki zajęłyby {size}, więcej niż 10 MB, które Amazon przyjmuje na wiadomość</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the message type to see how many files it takes.</source>
        <translation>Wybierz typ wiadomości, aby zobaczyć, ile plików przyjmuje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This type takes no files.</source>
        <translation>Ten typ nie przyjmuje plików.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This type takes up to {high} files.</source>
        <translation>Ten typ przyjmuje do {high} plików.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This type takes {low} to {high} files.</source>
        <translation>Ten typ wymaga od {low} do {high} plików.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>From:</source>
        <translation>Od:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>Do:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no address)</source>
        <translation>(brak adresu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject:</source>
        <translation>Temat:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text below goes as the plain-text part, beside an HTML part with the same content and Amazon-safe formatting. Composer never adds “[Important]” to the subject: Amazon withdrew that override in 2025.</source>
        <translation>Poniższy tekst zostanie wysłany jako część w postaci zwykłego tekstu, obok części HTML o tej samej treści i z formatowaniem zgodnym z Amazon. Composer nigdy nie dodaje „[Important]” do tematu: Amazon wycofał to obejście w 2025 r.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+19"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>{type} (proposed by the check)</source>
        <translation>{type} (zaproponowany przez sprawdzanie)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SP-API message:</source>
        <translation>Wiadomość SP-API:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{type} to the buyer of order {order} on {marketplace}</source>
        <translation>{type} do kupującego z zamówienia {order} w {marketplace}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Amazon allows for this order:</source>
        <translation>Dozwolone przez Amazon dla tego zamówienia:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Buyer&apos;s language (from Amazon):</source>
        <translation>Język kupującego (według Amazon):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon writes the review request itself: no text of yours is sent.</source>
        <translation>Amazon sam pisze prośbę o recenzję: Twój tekst nie jest wysyłany.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Category:</source>
        <translation>Kategoria:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Amazon&apos;s own review request; nothing to check.</source>
        <translation>Własna prośba Amazon o recenzję; nie ma czego sprawdzać.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Changed since the check: check again before sending.</source>
        <translation>Zmieniono od ostatniego sprawdzenia: sprawdź ponownie przed wysłaniem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asking Amazon about the order…</source>
        <translation>Pobieranie informacji o zamówieniu z Amazon…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready to send.</source>
        <translation>Gotowe do wysłania.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the warnings and tick each one to send anyway.</source>
        <translation>Przeczytaj ostrzeżenia i zaznacz każde z nich, aby mimo to wysłać.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot be checked: {error}</source>
        <translation>Nie można sprawdzić: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>This message cannot be sent: %n reason(s) below.</source>
        <translation>
            <numerusform>Tej wiadomości nie można wysłać: %n powód poniżej.</numerusform>
            <numerusform>Tej wiadomości nie można wysłać: %n powody poniżej.</numerusform>
            <numerusform>Tej wiadomości nie można wysłać: %n powodów poniżej.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{count} of {limit} characters</source>
        <translation>{count} z {limit} znaków</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{length} – %Ln too many</source>
        <translation>
            <numerusform>{length} – o %Ln znak za dużo</numerusform>
            <numerusform>{length} – o %Ln znaki za dużo</numerusform>
            <numerusform>{length} – o %Ln znaków za dużo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln znak</numerusform>
            <numerusform>%Ln znaki</numerusform>
            <numerusform>%Ln znaków</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>I have read this and send anyway</source>
        <translation>Przeczytane – wysyłam mimo to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send anyway: {warning}</source>
        <translation>Wyślij mimo to: {warning}</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Not sent: {error}</source>
        <translation>Nie wysłano: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending… (message {id} is in the outbox; closing this dialog does not stop it)</source>
        <translation>Wysyłanie… (wiadomość {id} jest w skrzynce nadawczej; zamknięcie tego okna nie przerwie wysyłki)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Composer failed while sending: {error}. See the outbox.</source>
        <translation>Podczas wysyłania wystąpił błąd w programie Composer: {error}. Sprawdź skrzynkę nadawczą.</translation>
    </message>
</context>
<context>
    <name>SendWords</name>
    <message>
        <location filename="../composer/services/sending.py" line="+141"/>
        <source>Cannot be sent: {reasons}</source>
        <translation>Nie można wysłać: {reasons}</translation>
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
        <translation>Nie można wysłać</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n warning(s) need your confirmation before sending: {warnings}</source>
        <translation>
            <numerusform>%n ostrzeżenie wymaga Twojego potwierdzenia przed wysłaniem: {warnings}</numerusform>
            <numerusform>%n ostrzeżenia wymagają Twojego potwierdzenia przed wysłaniem: {warnings}</numerusform>
            <numerusform>%n ostrzeżeń wymaga Twojego potwierdzenia przed wysłaniem: {warnings}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+132"/>
        <source>The order id is missing</source>
        <translation>Brak numeru zamówienia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Composer cannot send by {channel}; use sp-api or email</source>
        <translation>Composer nie może wysyłać przez kanał {channel}; użyj: sp-api lub email</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Account {name} has no SP-API credentials; add them with composer accounts set-secret {account} lwa_client_id (and lwa_client_secret, refresh_token)</source>
        <translation>Konto {name} nie ma danych dostępowych SP-API; dodaj je poleceniem composer accounts set-secret {account} lwa_client_id (oraz lwa_client_secret, refresh_token)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Amazon cannot be reached ({reason}), so the message types this order allows and the buyer&apos;s language are not known. If you send, the message waits and goes out when the network is back; Amazon refuses it then if the type is not allowed.</source>
        <translation>Brak połączenia z Amazon ({reason}), więc nie wiadomo, jakie typy wiadomości są dozwolone dla tego zamówienia ani jaki jest język kupującego. Jeśli wyślesz wiadomość, poczeka ona w kolejce i wyjdzie po przywróceniu połączenia; Amazon odrzuci ją wtedy, jeśli jej typ nie jest dozwolony.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>none known</source>
        <translation>nieznane</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the message type (the check proposes none); allowed: {choices}</source>
        <translation>Wybierz typ wiadomości (sprawdzanie nie proponuje żadnego); dozwolone: {choices}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none at the moment</source>
        <translation>obecnie żadne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amazon does not allow a {type} message for order {order} now (allowed: {choices})</source>
        <translation>Amazon nie zezwala obecnie na wiadomość typu {type} dla zamówienia {order} (dozwolone: {choices})</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Amazon writes the review request itself: your text and files are not sent</source>
        <translation>Amazon sam pisze prośbę o recenzję: Twój tekst i pliki nie zostaną wysłane</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A review may be requested from 5 to 30 days after delivery: for this order from {first} to {last} (today is {today})</source>
        <translation>O recenzję można poprosić od 5 do 30 dni po dostawie: dla tego zamówienia od {first} do {last} (dziś jest {today})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A review was already requested for order {order} (outbox message {id}, {state}); Amazon allows one per order</source>
        <translation>O recenzję dla zamówienia {order} już poproszono (wiadomość {id} w skrzynce nadawczej, stan: {state}); Amazon zezwala na jedną prośbę na zamówienie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A proactive message was already sent for order {order} (outbox message {id}); Amazon allows one review request or free-form proactive message per order, so it may refuse this one</source>
        <translation>Dla zamówienia {order} wysłano już wiadomość proaktywną (wiadomość {id} w skrzynce nadawczej); Amazon zezwala na jedną prośbę o recenzję lub jedną wiadomość proaktywną o dowolnej treści na zamówienie, więc może odrzucić tę prośbę</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Amazon does not offer a review request for order {order} now: outside 5 to 30 days after delivery, not shipped yet, or already requested</source>
        <translation>Amazon nie oferuje obecnie prośby o recenzję dla zamówienia {order}: poza okresem 5–30 dni po dostawie, zamówienie jeszcze niewysłane albo o recenzję już poproszono</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Amazon cannot be reached ({reason}), so whether it allows a review request for this order is not known. If you send, the request waits and goes out when the network is back.</source>
        <translation>Brak połączenia z Amazon ({reason}), więc nie wiadomo, czy prośba o recenzję dla tego zamówienia jest dozwolona. Jeśli ją wyślesz, poczeka w kolejce i wyjdzie po przywróceniu połączenia.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Account {name} has no e-mail settings (SMTP server and authorised sender address)</source>
        <translation>Konto {name} nie ma ustawień e-mail (serwera SMTP i adresu autoryzowanego nadawcy)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message types and the review request are SP-API messages; an e-mail has none</source>
        <translation>Typy wiadomości i prośba o recenzję istnieją tylko w SP-API; e-mail ich nie ma</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The buyer&apos;s address (…@marketplace.amazon…) is missing</source>
        <translation>Brak adresu e-mail kupującego (…@marketplace.amazon…)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+403"/>
        <source>Composer sends files by the SP-API only</source>
        <translation>Composer wysyła pliki tylko przez SP-API</translation>
    </message>
    <message>
        <location line="-304"/>
        <source>The same message is already in the outbox for order {order} (message {id}, {state}, {recorded} UTC); the buyer would get it twice</source>
        <translation>Ta sama wiadomość dla zamówienia {order} jest już w skrzynce nadawczej (wiadomość {id}, stan: {state}, {recorded} UTC); kupujący dostałby ją dwa razy</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A review was requested for order {order} already (outbox message {id}); Amazon allows one review request or free-form proactive message per order</source>
        <translation>Dla zamówienia {order} już poproszono o recenzję (wiadomość {id} w skrzynce nadawczej); Amazon zezwala na jedną prośbę o recenzję lub jedną wiadomość proaktywną o dowolnej treści na zamówienie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A proactive message was sent for order {order} already (outbox message {id}); Amazon allows one review request or free-form proactive message per order</source>
        <translation>Dla zamówienia {order} wysłano już wiadomość proaktywną (wiadomość {id} w skrzynce nadawczej); Amazon zezwala na jedną prośbę o recenzję lub jedną wiadomość proaktywną o dowolnej treści na zamówienie</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This message was handed over already</source>
        <translation>Ta wiadomość została już przekazana do wysłania</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A review was already requested for this order (outbox message {id})</source>
        <translation>O recenzję dla tego zamówienia już poproszono (wiadomość {id} w skrzynce nadawczej)</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Marketplace {code} is served by the {region} region; account {name} is in {account_region}</source>
        <translation>Sklep Amazon {code} należy do regionu {region}; konto {name} należy do regionu {account_region}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Account {name}: {reason}</source>
        <translation>Konto {name}: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Composer cannot send by {channel}</source>
        <translation>Composer nie może wysyłać przez kanał {channel}</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Amazon removed the {type} message type on {date}</source>
        <translation>Amazon wycofał typ wiadomości {type} w dniu {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown message type {type}; known: {known}</source>
        <translation>Nieznany typ wiadomości {type}; znane typy: {known}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Amazon forbids this message: {reason}</source>
        <translation>Amazon nie zezwala na tę wiadomość: {reason}</translation>
    </message>
</context>
<context>
    <name>SendingHub</name>
    <message>
        <location filename="../composer/ui/sending_hub.py" line="+263"/>
        <source>The outbox cannot be opened: {error}</source>
        <translation>Nie można otworzyć skrzynki nadawczej: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sending the waiting messages failed: {error}</source>
        <translation>Wysyłanie oczekujących wiadomości nie powiodło się: {error}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The outbox cannot be read: {error}</source>
        <translation>Nie można odczytać skrzynki nadawczej: {error}</translation>
    </message>
</context>
<context>
    <name>StoreWords</name>
    <message>
        <location filename="../composer/services/store.py" line="+283"/>
        <location line="+380"/>
        <location line="+19"/>
        <source>open the database</source>
        <translation>otworzyć bazy danych</translation>
    </message>
    <message>
        <location line="-372"/>
        <source>Cannot set aside {path}: there is no such file</source>
        <translation>Nie można odłożyć pliku {path} na bok: taki plik nie istnieje</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot set aside {path}: {reason}</source>
        <translation>Nie można odłożyć pliku {path} na bok: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>close</source>
        <translation>zamknąć bazy danych</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>save the draft</source>
        <translation>zapisać wersji roboczej</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>read the draft</source>
        <translation>odczytać wersji roboczej</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>list the drafts</source>
        <translation>wczytać listy wersji roboczych</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>rename the draft</source>
        <translation>zmienić nazwy wersji roboczej</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>delete the draft</source>
        <translation>usunąć wersji roboczej</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>find the last draft</source>
        <translation>znaleźć ostatniej wersji roboczej</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>save the template</source>
        <translation>zapisać szablonu</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>read the template</source>
        <translation>odczytać szablonu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>list the templates</source>
        <translation>wczytać listy szablonów</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>delete the template</source>
        <translation>usunąć szablonu</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>import the templates</source>
        <translation>zaimportować szablonów</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ignore the rule</source>
        <translation>zignorować reguły</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stop ignoring the rule</source>
        <translation>przywrócić sprawdzania reguły</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>read the ignored rules</source>
        <translation>odczytać ignorowanych reguł</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ignore the finding</source>
        <translation>zignorować problemu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>stop ignoring the finding</source>
        <translation>przywrócić zignorowanego problemu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>read the ignored findings</source>
        <translation>odczytać ignorowanych problemów</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>read the schema version</source>
        <translation>odczytać wersji schematu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path} is another program&apos;s database, not Composer&apos;s</source>
        <translation>Plik {path} jest bazą danych innego programu, a nie programu Composer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} was written by a newer Composer (schema version {version}; this one reads up to {known}): update Composer to open it</source>
        <translation>Baza danych {path} została zapisana przez nowszą wersję programu Composer (wersja schematu {version}; ta wersja odczytuje do {known}): zaktualizuj Composer, aby ją otworzyć</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{path} is damaged ({problem})</source>
        <translation>Baza danych {path} jest uszkodzona ({problem})</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not bring {path} from schema version {version} to {target}: {reason}</source>
        <translation>Nie udało się zaktualizować bazy danych {path} z wersji schematu {version} do {target}: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{path} has been closed</source>
        <translation>Baza danych {path} została zamknięta</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>draft {id}</source>
        <translation>wersja robocza {id}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>channel</source>
        <translation>kanał</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>order date</source>
        <translation>data zamówienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivery date</source>
        <translation>data dostawy</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+102"/>
        <source>template {id}</source>
        <translation>szablon {id}</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>time of saving</source>
        <translation>czas zapisu</translation>
    </message>
    <message>
        <location filename="../composer/services/outbox.py" line="-504"/>
        <location filename="../composer/services/store.py" line="+6"/>
        <source>{path} is damaged: {where} has an unreadable {field} ({value})</source>
        <extracomment>{where} is &quot;draft 3&quot;, {field} &quot;order date&quot;, {value} the stored value as it is.</extracomment>
        <translation>Baza danych {path} jest uszkodzona: {where} ma nieczytelne pole „{field}” ({value})</translation>
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
        <translation>nie można odczytać ({reason})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is larger than {size} MB</source>
        <translation>ma ponad {size} MB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is not UTF-8 text, so not a template file</source>
        <translation>to nie jest tekst UTF-8, więc nie jest to plik szablonów</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not valid JSON (line {line}, column {column}: {problem})</source>
        <translation>to nie jest poprawny JSON (wiersz {line}, kolumna {column}: {problem})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not valid JSON ({problem})</source>
        <translation>to nie jest poprawny JSON ({problem})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a template file (nested too deeply)</source>
        <translation>to nie jest plik szablonów (zbyt głębokie zagnieżdżenie)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a Composer template file (no {field})</source>
        <extracomment>{field} is the JSON that is missing, as it is.</extracomment>
        <translation>to nie jest plik szablonów programu Composer (brak pola {field})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has no valid {field} (a whole number, 1 or more)</source>
        <translation>nie ma poprawnego pola {field} (liczba całkowita, co najmniej 1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>was made by a newer Composer (format version {version}; this one reads up to {known}): update Composer to import it</source>
        <translation>został utworzony przez nowszą wersję programu Composer (wersja formatu {version}; ta wersja odczytuje do {known}): zaktualizuj Composer, aby go zaimportować</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has an unknown field {field}</source>
        <translation>zawiera nieznane pole {field}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} must be text</source>
        <translation>pole {field} musi być tekstem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has no {field} list</source>
        <translation>nie zawiera listy {field}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where} is not an object with a name, subject and body_html</source>
        <translation>{where} nie jest obiektem z polami name, subject i body_html</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where} has an unknown field {field}</source>
        <translation>{where} zawiera nieznane pole {field}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{where} has no {field}</source>
        <translation>{where} nie ma pola {field}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: {field} must be text, not {kind}</source>
        <extracomment>{kind} is what the JSON holds instead: &quot;a number&quot;, &quot;a list&quot;, &quot;null&quot; …</extracomment>
        <translation>{where}: pole {field} musi być tekstem, a nie {kind}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: {field} {problem}</source>
        <extracomment>{problem} is &quot;is longer than 200 characters&quot; and the like.</extracomment>
        <translation>{where}: pole {field} {problem}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: {field} is empty</source>
        <translation>{where}: pole {field} jest puste</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a number</source>
        <translation>liczbą</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list</source>
        <translation>listą</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>obiektem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is longer than {limit} characters</source>
        <translation>ma więcej niż {limit} znaków</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contains an invalid character (half of a surrogate pair)</source>
        <translation>zawiera nieprawidłowy znak (połowę pary surogatów)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contains a control character ({code})</source>
        <translation>zawiera znak sterujący ({code})</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>{path} is a folder, not a database</source>
        <translation>{path} to folder, a nie baza danych</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} is not a database (not an SQLite file)</source>
        <translation>{path} nie jest bazą danych (to nie jest plik SQLite)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open {path}: {reason}</source>
        <translation>Nie można otworzyć {path}: {reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+13"/>
        <source>{file}: cannot be written ({reason})</source>
        <translation>{file}: nie można zapisać ({reason})</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+7"/>
        <source>is in use by another program, perhaps another Composer window</source>
        <translation>jest używany przez inny program, być może inne okno programu Composer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is not a database</source>
        <translation>nie jest bazą danych</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is damaged</source>
        <translation>jest uszkodzony</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot be written: the disk is full</source>
        <translation>nie może zostać zapisany: dysk jest pełny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is read-only</source>
        <translation>jest tylko do odczytu</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>may not be opened (permission denied)</source>
        <translation>nie może zostać otwarty (brak uprawnień)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot be opened</source>
        <translation>nie może zostać otwarty</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot be read or written (a disk error)</source>
        <translation>nie może zostać odczytany ani zapisany (błąd dysku)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not {action}: {path} {problem} ({reason})</source>
        <extracomment>{action} is what was being done (&quot;save the draft&quot;), {problem} &quot;is read-only&quot; and the like, {reason} SQLite&apos;s own words.</extracomment>
        <translation>Nie udało się {action}: plik {path} {problem} ({reason})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not {action}: {path}: {reason}</source>
        <translation>Nie udało się {action}: {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../composer/ui/templates_dialog.py" line="+81"/>
        <location line="+2"/>
        <source>Forbidden message ({purpose})</source>
        <translation>Zabroniona wiadomość ({purpose})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not be checked: {reason}</source>
        <translation>Nie udało się sprawdzić: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amazon would refuse this template: {problems}.</source>
        <translation>Amazon odrzuciłby ten szablon: {problems}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passes the checks.</source>
        <translation>Przeszedł sprawdzanie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amazon would refuse this template:
{problems}</source>
        <translation>Amazon odrzuciłby ten szablon:
{problems}</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Composer templates ({patterns})</source>
        <translation>Szablony Composer ({patterns})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files ({patterns})</source>
        <translation>Wszystkie pliki ({patterns})</translation>
    </message>
    <message>
        <location line="+559"/>
        <source>template</source>
        <comment>a file name</comment>
        <translation>szablon</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location line="-416"/>
        <location line="+1"/>
        <source>Templates</source>
        <translation>Szablony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template preview</source>
        <translation>Podgląd szablonu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template check</source>
        <translation>Sprawdzenie szablonu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates message</source>
        <translation>Komunikat szablonów</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use template</source>
        <translation>Użyj szablonu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save current message as template…</source>
        <translation>Zapisz bieżącą wiadomość jako szablon…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Zmień nazwę…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>Importuj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected templates…</source>
        <translation>Zaznaczone szablony…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All templates…</source>
        <translation>Wszystkie szablony…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no message to save</source>
        <translation>Brak wiadomości do zapisania</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The templates could not be read: {error}</source>
        <translation>Nie udało się odczytać szablonów: {error}</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+82"/>
        <source>(no subject)</source>
        <translation>(bez tematu)</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>{name}, subject: {subject}</source>
        <translation>{name}, temat: {subject}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+82"/>
        <source>Being checked…</source>
        <translation>Trwa sprawdzanie…</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>No template selected.</source>
        <translation>Nie wybrano szablonu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No templates yet: save the current message as one, or import a file.</source>
        <translation>Nie ma jeszcze szablonów: zapisz bieżącą wiadomość jako szablon albo zaimportuj plik.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it cannot be read</source>
        <translation>nie można go odczytać</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This template cannot be used: {reason}</source>
        <translation>Nie można użyć tego szablonu: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subject:</source>
        <translation>Temat:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not filled in from the order: {names}.</source>
        <translation>Nie uzupełniono danymi zamówienia: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out when inserted: {removed}.</source>
        <translation>Pominięto przy wstawianiu: {removed}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“{name}” cannot be used: its body is not text.</source>
        <translation>Nie można użyć szablonu „{name}”: jego treść nie jest tekstem.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+16"/>
        <source>A template needs a name (one line of text).</source>
        <translation>Szablon musi mieć nazwę (jeden wiersz tekstu).</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The template could not be saved: {error}</source>
        <translation>Nie udało się zapisać szablonu: {error}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{name}” is gone (deleted in another window).</source>
        <translation>Szablonu „{name}” już nie ma (usunięto go w innym oknie).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template could not be renamed: {error}</source>
        <translation>Nie udało się zmienić nazwy szablonu: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The templates could not be deleted: {error}</source>
        <translation>Nie udało się usunąć szablonów: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted “{name}”.</source>
        <translation>Usunięto „{name}”.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Deleted %Ln template(s).</source>
        <translation>
            <numerusform>Usunięto %Ln szablon.</numerusform>
            <numerusform>Usunięto %Ln szablony.</numerusform>
            <numerusform>Usunięto %Ln szablonów.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was imported: {error}</source>
        <translation>Nic nie zaimportowano: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Imported %Ln template(s) from {file}.</source>
        <translation>
            <numerusform>Zaimportowano %Ln szablon z pliku {file}.</numerusform>
            <numerusform>Zaimportowano %Ln szablony z pliku {file}.</numerusform>
            <numerusform>Zaimportowano %Ln szablonów z pliku {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was exported: a selected template was deleted meanwhile.</source>
        <translation>Nic nie wyeksportowano: jeden z zaznaczonych szablonów został w międzyczasie usunięty.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was exported: {error}</source>
        <translation>Nic nie wyeksportowano: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %Ln template(s) to {file}.</source>
        <translation>
            <numerusform>Wyeksportowano %Ln szablon do pliku {file}.</numerusform>
            <numerusform>Wyeksportowano %Ln szablony do pliku {file}.</numerusform>
            <numerusform>Wyeksportowano %Ln szablonów do pliku {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Renamed to “{name}” (“{asked}” is taken).</source>
        <translation>Zmieniono nazwę na „{name}” (nazwa „{asked}” jest zajęta).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved as “{name}” (“{asked}” is taken).</source>
        <translation>Zapisano jako „{name}” (nazwa „{asked}” jest zajęta).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renamed to “{name}”.</source>
        <translation>Zmieniono nazwę na „{name}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved as “{name}”.</source>
        <translation>Zapisano jako „{name}”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as template</source>
        <translation>Zapisz jako szablon</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>Template name:</source>
        <translation>Nazwa szablonu:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename template</source>
        <translation>Zmień nazwę szablonu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete “{name}” for good?</source>
        <translation>Trwale usunąć „{name}”?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %Ln template(s) for good?</source>
        <translation>
            <numerusform>Trwale usunąć %Ln szablon?</numerusform>
            <numerusform>Trwale usunąć %Ln szablony?</numerusform>
            <numerusform>Trwale usunąć %Ln szablonów?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete templates</source>
        <translation>Usuń szablony</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import templates</source>
        <translation>Importuj szablony</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Composer templates</source>
        <comment>a file name</comment>
        <translation>Szablony Composer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export templates</source>
        <translation>Eksportuj szablony</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../composer/policy/classifier.py" line="+164"/>
        <source>[Important] on a message that is not critical</source>
        <translation>[Important] w wiadomości, która nie jest krytyczna</translation>
    </message>
    <message>
        <location line="+109"/>
        <location filename="../composer/ui/panel.py" line="-37"/>
        <source>Forbidden: {purposes}.</source>
        <translation>Zabroniona: {purposes}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Critical to completing the order: {purposes}.</source>
        <translation>Krytyczna dla realizacji zamówienia: {purposes}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Permitted, not critical: a reply to the buyer.</source>
        <translation>Dozwolona, niekrytyczna: odpowiedź dla kupującego.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Permitted, not critical: no specific purpose recognised.</source>
        <translation>Dozwolona, niekrytyczna: nie rozpoznano konkretnego celu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Permitted, not critical (it will not reach buyers who opted out): {purposes}.</source>
        <translation>Dozwolona, niekrytyczna (nie dotrze do kupujących, którzy zrezygnowali z wiadomości): {purposes}.</translation>
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
        <translation>nazwa wskazuje na materiał marketingowy („{cue}”)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a .{extension} file is rarely instructions, warranty or an invoice</source>
        <translation>plik .{extension} rzadko jest instrukcją, gwarancją lub fakturą</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage guides and e-books (“{cue}”) read as marketing unless they are the product&apos;s manual</source>
        <translation>poradniki i e-booki („{cue}”) są traktowane jako marketing, chyba że są instrukcją obsługi produktu</translation>
    </message>
    <message>
        <location filename="../composer/policy/rules/envelope.py" line="+166"/>
        <source> and </source>
        <translation> i </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the tag no longer lets a message through an opt-out (2025); choose a critical message type instead</source>
        <translation>od 2025 r. znacznik nie pozwala już ominąć rezygnacji kupującego z wiadomości; wybierz zamiast tego krytyczny typ wiadomości</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it marks a message as critical when its content is not</source>
        <translation>oznacza wiadomość jako krytyczną, choć jej treść taka nie jest</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a translated tag never let a message through an opt-out, and it reads as a misused [Important]</source>
        <translation>przetłumaczone oznaczenie nigdy nie pozwalało ominąć rezygnacji kupującego z wiadomości, a wygląda jak nadużyte [Important]</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>HTML is not allowed; the text is sent as plain text</source>
        <translation>HTML jest niedozwolony; tekst zostanie wysłany jako zwykły tekst</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the {type} type sends attachments only, no text</source>
        <translation>typ {type} wysyła tylko załączniki, bez tekstu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{count} characters; {type} allows {limit}</source>
        <translation>liczba znaków: {count}; limit dla {type}: {limit}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the {type} type takes no attachments</source>
        <translation>typ {type} nie przyjmuje załączników</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} attachments; {type} takes {low} to {high}</source>
        <translation>liczba załączników: {count}; {type} przyjmuje od {low} do {high}</translation>
    </message>
    <message>
        <location filename="../composer/policy/rules/links.py" line="+183"/>
        <source>a {scheme}: link</source>
        <translation>link typu {scheme}:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a shortened link hides where it goes</source>
        <translation>skrócony link ukrywa, dokąd prowadzi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it leads to {host}</source>
        <translation>prowadzi do {host}</translation>
    </message>
    <message>
        <location filename="../composer/policy/rules/styling.py" line="+320"/>
        <source>image without alt text</source>
        <translation>obraz bez tekstu alternatywnego</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>link text that does not say where it goes</source>
        <translation>tekst linku nie mówi, dokąd prowadzi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>text colour too light to read on white</source>
        <translation>kolor tekstu zbyt jasny, by dało się go odczytać na białym tle</translation>
    </message>
    <message>
        <location filename="../composer/policy/rules/spelling.py" line="-51"/>
        <source>Replace with “{word}”</source>
        <translation>Zamień na „{word}”</translation>
    </message>
</context>
<context>
    <name>country</name>
    <message>
        <location filename="../composer/services/marketplaces.py" line="-185"/>
        <source>United States</source>
        <comment>US</comment>
        <translation>Stany Zjednoczone</translation>
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
        <translation>Meksyk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Brazil</source>
        <comment>BR</comment>
        <translation>Brazylia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>United Kingdom</source>
        <comment>UK</comment>
        <translation>Wielka Brytania</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Germany</source>
        <comment>DE</comment>
        <translation>Niemcy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>France</source>
        <comment>FR</comment>
        <translation>Francja</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Italy</source>
        <comment>IT</comment>
        <translation>Włochy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spain</source>
        <comment>ES</comment>
        <translation>Hiszpania</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Netherlands</source>
        <comment>NL</comment>
        <translation>Holandia</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sweden</source>
        <comment>SE</comment>
        <translation>Szwecja</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Poland</source>
        <comment>PL</comment>
        <translation>Polska</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Belgium</source>
        <comment>BE</comment>
        <translation>Belgia</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Ireland</source>
        <comment>IE</comment>
        <translation>Irlandia</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Turkey</source>
        <comment>TR</comment>
        <translation>Turcja</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>United Arab Emirates</source>
        <comment>AE</comment>
        <translation>Zjednoczone Emiraty Arabskie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saudi Arabia</source>
        <comment>SA</comment>
        <translation>Arabia Saudyjska</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Egypt</source>
        <comment>EG</comment>
        <translation>Egipt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>South Africa</source>
        <comment>ZA</comment>
        <translation>Republika Południowej Afryki</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>India</source>
        <comment>IN</comment>
        <translation>Indie</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Japan</source>
        <comment>JP</comment>
        <translation>Japonia</translation>
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
        <translation>angielski</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>German</source>
        <comment>de</comment>
        <extracomment>The name of the language de.</extracomment>
        <translation>niemiecki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>French</source>
        <comment>fr</comment>
        <extracomment>The name of the language fr.</extracomment>
        <translation>francuski</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spanish</source>
        <comment>es</comment>
        <extracomment>The name of the language es.</extracomment>
        <translation>hiszpański</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Italian</source>
        <comment>it</comment>
        <extracomment>The name of the language it.</extracomment>
        <translation>włoski</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portuguese</source>
        <comment>pt</comment>
        <extracomment>The name of the language pt.</extracomment>
        <translation>portugalski</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dutch</source>
        <comment>nl</comment>
        <extracomment>The name of the language nl.</extracomment>
        <translation>niderlandzki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polish</source>
        <comment>pl</comment>
        <extracomment>The name of the language pl.</extracomment>
        <translation>polski</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latvian</source>
        <comment>lv</comment>
        <extracomment>The name of the language lv.</extracomment>
        <translation>łotewski</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basque</source>
        <comment>eu</comment>
        <extracomment>The name of the language eu.</extracomment>
        <translation>baskijski</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Russian</source>
        <comment>ru</comment>
        <extracomment>The name of the language ru.</extracomment>
        <translation>rosyjski</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arabic</source>
        <comment>ar</comment>
        <extracomment>The name of the language ar.</extracomment>
        <translation>arabski</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persian</source>
        <comment>fa</comment>
        <extracomment>The name of the language fa.</extracomment>
        <translation>perski</translation>
    </message>
</context>
<context>
    <name>message-type</name>
    <message>
        <location line="-357"/>
        <source>Confirm customization details</source>
        <comment>confirmCustomizationDetails</comment>
        <extracomment>SP-API message type confirmCustomizationDetails (critical): Seller Central&apos;s name.</extracomment>
        <translation>Potwierdzenie szczegółów personalizacji</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Confirm delivery details</source>
        <comment>confirmDeliveryDetails</comment>
        <extracomment>SP-API message type confirmDeliveryDetails (critical): Seller Central&apos;s name.</extracomment>
        <translation>Potwierdzenie szczegółów dostawy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm order details</source>
        <comment>confirmOrderDetails</comment>
        <extracomment>SP-API message type confirmOrderDetails (critical): Seller Central&apos;s name.</extracomment>
        <translation>Potwierdzenie szczegółów zamówienia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unexpected problem</source>
        <comment>unexpectedProblem</comment>
        <extracomment>SP-API message type unexpectedProblem (critical): Seller Central&apos;s name.</extracomment>
        <translation>Nieoczekiwany problem</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Legal disclosure</source>
        <comment>legalDisclosure</comment>
        <extracomment>SP-API message type legalDisclosure (critical): Seller Central&apos;s name.</extracomment>
        <translation>Obowiązkowe informacje prawne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm service details</source>
        <comment>confirmServiceDetails</comment>
        <extracomment>SP-API message type confirmServiceDetails (not critical): Seller Central&apos;s name.</extracomment>
        <translation>Potwierdzenie szczegółów usługi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Digital access key</source>
        <comment>digitalAccessKey</comment>
        <extracomment>SP-API message type digitalAccessKey (not critical): Seller Central&apos;s name.</extracomment>
        <translation>Klucz dostępu do treści cyfrowych</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warranty</source>
        <comment>warranty</comment>
        <extracomment>SP-API message type warranty (not critical): Seller Central&apos;s name.</extracomment>
        <translation>Gwarancja</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invoice</source>
        <comment>invoice</comment>
        <extracomment>SP-API message type invoice (not critical): Seller Central&apos;s name.</extracomment>
        <translation>Faktura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request a review (Solicitations API)</source>
        <comment>productReviewAndSellerFeedback</comment>
        <extracomment>SP-API message type productReviewAndSellerFeedback (not critical): Seller Central&apos;s name.</extracomment>
        <translation>Poproś o recenzję (Solicitations API)</translation>
    </message>
</context>
<context>
    <name>message-type-topic</name>
    <message>
        <location line="-38"/>
        <source>customization details</source>
        <comment>confirmCustomizationDetails</comment>
        <extracomment>SP-API message type confirmCustomizationDetails: what it is about.</extracomment>
        <translation>szczegóły personalizacji</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>order delivery</source>
        <comment>confirmDeliveryDetails</comment>
        <extracomment>SP-API message type confirmDeliveryDetails: what it is about.</extracomment>
        <translation>dostawa zamówienia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>order completion</source>
        <comment>confirmOrderDetails</comment>
        <extracomment>SP-API message type confirmOrderDetails: what it is about.</extracomment>
        <translation>realizacja zamówienia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an unexpected problem with the order</source>
        <comment>unexpectedProblem</comment>
        <extracomment>SP-API message type unexpectedProblem: what it is about.</extracomment>
        <translation>nieoczekiwany problem z zamówieniem</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>documents required by law</source>
        <comment>legalDisclosure</comment>
        <extracomment>SP-API message type legalDisclosure: what it is about.</extracomment>
        <translation>dokumenty wymagane przepisami prawa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Home Service calls</source>
        <comment>confirmServiceDetails</comment>
        <extracomment>SP-API message type confirmServiceDetails: what it is about.</extracomment>
        <translation>wizyty w ramach usług Home Services</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the digital access key</source>
        <comment>digitalAccessKey</comment>
        <extracomment>SP-API message type digitalAccessKey: what it is about.</extracomment>
        <translation>klucz dostępu do treści cyfrowych</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warranty information</source>
        <comment>warranty</comment>
        <extracomment>SP-API message type warranty: what it is about.</extracomment>
        <translation>informacje o gwarancji</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the invoice</source>
        <comment>invoice</comment>
        <extracomment>SP-API message type invoice: what it is about.</extracomment>
        <translation>faktura</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amazon&apos;s own review and feedback request; the seller writes no text</source>
        <comment>productReviewAndSellerFeedback</comment>
        <extracomment>SP-API message type productReviewAndSellerFeedback: what it is about.</extracomment>
        <translation>prośba Amazon o recenzję i opinię o sprzedawcy; sprzedawca nie pisze żadnego tekstu</translation>
    </message>
</context>
<context>
    <name>purpose</name>
    <message>
        <location line="-136"/>
        <source>Customization details</source>
        <comment>customization</comment>
        <extracomment>Purpose customization (critical): what a message is for.</extracomment>
        <translation>Szczegóły personalizacji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery scheduling</source>
        <comment>delivery-scheduling</comment>
        <extracomment>Purpose delivery-scheduling (critical): what a message is for.</extracomment>
        <translation>Ustalenie terminu dostawy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipping address problem</source>
        <comment>address-problem</comment>
        <extracomment>Purpose address-problem (critical): what a message is for.</extracomment>
        <translation>Problem z adresem wysyłki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Information needed to complete the order</source>
        <comment>additional-information</comment>
        <extracomment>Purpose additional-information (critical): what a message is for.</extracomment>
        <translation>Informacje potrzebne do realizacji zamówienia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unexpected problem that blocks the order</source>
        <comment>unexpected-problem</comment>
        <extracomment>Purpose unexpected-problem (critical): what a message is for.</extracomment>
        <translation>Nieoczekiwany problem uniemożliwiający realizację zamówienia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document required by law</source>
        <comment>legal-disclosure</comment>
        <extracomment>Purpose legal-disclosure (critical): what a message is for.</extracomment>
        <translation>Dokument wymagany przepisami prawa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay or cancellation notice</source>
        <comment>delay-notice</comment>
        <extracomment>Purpose delay-notice (permitted): what a message is for.</extracomment>
        <translation>Powiadomienie o opóźnieniu lub anulowaniu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return question or partial refund</source>
        <comment>return-information</comment>
        <extracomment>Purpose return-information (permitted): what a message is for.</extracomment>
        <translation>Pytanie dotyczące zwrotu lub częściowy zwrot pieniędzy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice</source>
        <comment>invoice</comment>
        <extracomment>Purpose invoice (permitted): what a message is for.</extracomment>
        <translation>Faktura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neutral review or feedback request</source>
        <comment>review-request</comment>
        <extracomment>Purpose review-request (permitted): what a message is for.</extracomment>
        <translation>Neutralna prośba o recenzję lub opinię</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home Services appointment</source>
        <comment>service-appointment</comment>
        <extracomment>Purpose service-appointment (permitted): what a message is for.</extracomment>
        <translation>Umówienie wizyty w ramach usług Home Services</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warranty information</source>
        <comment>warranty</comment>
        <extracomment>Purpose warranty (permitted): what a message is for.</extracomment>
        <translation>Informacje o gwarancji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digital access key</source>
        <comment>digital-access-key</comment>
        <extracomment>Purpose digital-access-key (permitted): what a message is for.</extracomment>
        <translation>Klucz dostępu do treści cyfrowych</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neutral note about seller feedback</source>
        <comment>feedback-removal</comment>
        <extracomment>Purpose feedback-removal (permitted): what a message is for.</extracomment>
        <translation>Neutralna informacja dotycząca opinii o sprzedawcy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund or return confirmation</source>
        <comment>refund-confirmation</comment>
        <extracomment>Purpose refund-confirmation (permitted): what a message is for.</extracomment>
        <translation>Potwierdzenie zwrotu pieniędzy lub przyjęcia zwrotu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unprompted tips, manuals or check-ins</source>
        <comment>proactive-service-content</comment>
        <extracomment>Purpose proactive-service-content (permitted): what a message is for.</extracomment>
        <translation>Nieproszone porady, instrukcje lub pytania o wrażenia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Substitute offered for an out-of-stock item</source>
        <comment>out-of-stock-substitute</comment>
        <extracomment>Purpose out-of-stock-substitute (permitted): what a message is for.</extracomment>
        <translation>Propozycja zamiennika niedostępnego produktu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reply to the buyer</source>
        <comment>buyer-reply</comment>
        <extracomment>Purpose buyer-reply (permitted): what a message is for.</extracomment>
        <translation>Odpowiedź dla kupującego</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other content</source>
        <comment>other</comment>
        <extracomment>Purpose other (permitted): what a message is for.</extracomment>
        <translation>Inna treść</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order confirmation</source>
        <comment>order-confirmation</comment>
        <extracomment>Purpose order-confirmation (forbidden): what a message is for.</extracomment>
        <translation>Potwierdzenie zamówienia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipping or delivery confirmation</source>
        <comment>shipping-confirmation</comment>
        <extracomment>Purpose shipping-confirmation (forbidden): what a message is for.</extracomment>
        <translation>Potwierdzenie wysyłki lub dostawy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thanks or help offer only</source>
        <comment>thank-you-only</comment>
        <extracomment>Purpose thank-you-only (forbidden): what a message is for.</extracomment>
        <translation>Wyłącznie podziękowanie lub oferta pomocy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marketing or promotion</source>
        <comment>promotion</comment>
        <extracomment>Purpose promotion (forbidden): what a message is for.</extracomment>
        <translation>Marketing lub promocja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review incentive</source>
        <comment>review-incentive</comment>
        <extracomment>Purpose review-incentive (forbidden): what a message is for.</extracomment>
        <translation>Korzyść w zamian za recenzję</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positive-only, conditional or steering review request</source>
        <comment>review-manipulation</comment>
        <extracomment>Purpose review-manipulation (forbidden): what a message is for.</extracomment>
        <translation>Prośba o wyłącznie pozytywną recenzję, warunkowa lub manipulacyjna</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request to change or remove a review</source>
        <comment>review-removal</comment>
        <extracomment>Purpose review-removal (forbidden): what a message is for.</extracomment>
        <translation>Prośba o zmianę lub usunięcie recenzji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pressure to remove seller feedback</source>
        <comment>feedback-removal-pressure</comment>
        <extracomment>Purpose feedback-removal-pressure (forbidden): what a message is for.</extracomment>
        <translation>Nacisk na usunięcie opinii o sprzedawcy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second or reminder review request</source>
        <comment>repeated-review-request</comment>
        <extracomment>Purpose repeated-review-request (forbidden): what a message is for.</extracomment>
        <translation>Ponowna prośba o recenzję lub przypomnienie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message to someone who did not order</source>
        <comment>no-order-relationship</comment>
        <extracomment>Purpose no-order-relationship (forbidden): what a message is for.</extracomment>
        <translation>Wiadomość do osoby, która nie złożyła zamówienia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proactive message after the 30-day window</source>
        <comment>order-age</comment>
        <extracomment>Purpose order-age (forbidden): what a message is for.</extracomment>
        <translation>Wiadomość proaktywna po upływie 30-dniowego terminu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diverting the buyer off Amazon</source>
        <comment>off-amazon</comment>
        <extracomment>Purpose off-amazon (forbidden): what a message is for.</extracomment>
        <translation>Odciąganie kupującego poza Amazon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asking for payment after the sale</source>
        <comment>extra-payment</comment>
        <extracomment>Purpose extra-payment (forbidden): what a message is for.</extracomment>
        <translation>Żądanie dopłaty po sprzedaży</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asking the buyer to cancel</source>
        <comment>cancellation-request</comment>
        <extracomment>Purpose cancellation-request (forbidden): what a message is for.</extracomment>
        <translation>Prośba do kupującego o anulowanie zamówienia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Critical tag on non-critical content</source>
        <comment>important-tag-misuse</comment>
        <extracomment>Purpose important-tag-misuse (forbidden): what a message is for.</extracomment>
        <translation>Oznaczenie krytyczne przy treści niekrytycznej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content outside the chosen message type</source>
        <comment>purpose-mismatch</comment>
        <extracomment>Purpose purpose-mismatch (forbidden): what a message is for.</extracomment>
        <translation>Treść niezgodna z wybranym typem wiadomości</translation>
    </message>
</context>
<context>
    <name>rule-explanation</name>
    <message>
        <location line="-999"/>
        <source>Amazon sends the order confirmation itself. A message (or part of one) whose job is to say the order was placed, received or is being processed is on Amazon&apos;s list of messages that are not permitted. Restating order facts inside a real question (a customization, a delivery appointment) is fine.</source>
        <comment>order-confirmation</comment>
        <extracomment>Rule order-confirmation: why Amazon forbids it.</extracomment>
        <translation>Amazon sam wysyła potwierdzenie zamówienia. Wiadomość (lub jej fragment), która ma poinformować, że zamówienie zostało złożone, przyjęte lub jest w trakcie realizacji, znajduje się na liście wiadomości niedozwolonych przez Amazon. Przywołanie szczegółów zamówienia w rzeczywistym pytaniu (o personalizację, o termin dostawy) jest w porządku.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dispatch notices, &quot;on its way&quot;, tracking-number-only mails and delivery confirmations repeat what Amazon already sent and are not permitted. A real delivery problem or a reply to the buyer&apos;s &quot;where is my parcel?&quot; is different.</source>
        <comment>shipping-confirmation</comment>
        <extracomment>Rule shipping-confirmation: why Amazon forbids it.</extracomment>
        <translation>Powiadomienia o nadaniu przesyłki, informacje typu „paczka jest już w drodze”, wiadomości zawierające tylko numer przesyłki oraz potwierdzenia dostawy powtarzają to, co Amazon już wysłał, i są niedozwolone. Inaczej jest w przypadku rzeczywistego problemu z dostawą lub odpowiedzi na pytanie kupującego „gdzie jest moja paczka?”.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A message whose only purpose is to confirm a refund or the arrival of a return repeats Amazon&apos;s own notification. Offering a partial refund or asking for information needed to complete the return is permitted.</source>
        <comment>refund-confirmation</comment>
        <extracomment>Rule refund-confirmation: why Amazon forbids it.</extracomment>
        <translation>Wiadomość, której jedynym celem jest potwierdzenie zwrotu pieniędzy lub dotarcia zwróconego towaru, powiela powiadomienie wysyłane przez Amazon. Dozwolone jest zaproponowanie częściowego zwrotu pieniędzy lub poproszenie o informacje potrzebne do zakończenia zwrotu.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Messages that only thank the buyer, or only say you are there if something goes wrong, are not permitted. Courtesy lines inside a message with a real purpose are fine.</source>
        <comment>thank-you-only</comment>
        <extracomment>Rule thank-you-only: why Amazon forbids it.</extracomment>
        <translation>Wiadomości, które jedynie dziękują kupującemu albo tylko zapewniają, że sprzedawca jest do dyspozycji, gdyby coś poszło nie tak, są niedozwolone. Formuły grzecznościowe w wiadomości, która ma rzeczywisty cel, są w porządku.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Usage tips, care guides, FAQs, troubleshooting and &quot;how is your product?&quot; check-ins are non-critical proactive service that Amazon does not list as permitted. Warranty information and legally required documents have their own message types; answering a buyer&apos;s question is fine.</source>
        <comment>proactive-service-content</comment>
        <extracomment>Rule proactive-service-content: why Amazon forbids it.</extracomment>
        <translation>Porady dotyczące użytkowania, wskazówki pielęgnacji, odpowiedzi na częste pytania (FAQ), rozwiązywanie problemów i pytania typu „jak sprawdza się produkt?” to niekrytyczna obsługa proaktywna, której Amazon nie wymienia wśród dozwolonych wiadomości. Informacje o gwarancji i dokumenty wymagane przepisami prawa mają własne typy wiadomości; odpowiedź na pytanie kupującego jest w porządku.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>When an item cannot be shipped, Amazon expects the seller to cancel and refund, not to offer a substitute or ask the buyer to wait. A delay notice is required but non-critical.</source>
        <comment>out-of-stock-substitute</comment>
        <extracomment>Rule out-of-stock-substitute: why Amazon forbids it.</extracomment>
        <translation>Gdy produktu nie da się wysłać, Amazon oczekuje, że sprzedawca anuluje zamówienie i zwróci pieniądze, a nie zaproponuje zamiennik ani nie poprosi kupującego, by zaczekał. Powiadomienie o opóźnieniu jest obowiązkowe, ale niekrytyczne.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A seller who cannot fulfil an order must cancel it, not ask the buyer to do so (which shifts the cancellation onto the buyer).</source>
        <comment>cancellation-request</comment>
        <extracomment>Rule cancellation-request: why Amazon forbids it.</extracomment>
        <translation>Sprzedawca, który nie może zrealizować zamówienia, musi je anulować sam, a nie prosić o to kupującego (przerzucając w ten sposób anulowanie na kupującego).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Coupons, discount codes, sales, new products, cross-selling, newsletters, &quot;follow us&quot;, referral codes and gifts on the next order are not allowed, not even inside an otherwise permitted message.</source>
        <comment>promotion</comment>
        <extracomment>Rule promotion: why Amazon forbids it.</extracomment>
        <translation>Kupony, kody rabatowe, wyprzedaże, nowe produkty, sprzedaż krzyżowa, newslettery, zachęty typu „obserwuj nas”, kody polecające i prezenty przy następnym zamówieniu są niedozwolone – nawet w wiadomości, która poza tym jest dozwolona.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Buying on the seller&apos;s own website, contacting the seller on WhatsApp or social media, paying outside Amazon or joining a mailing list take the buyer off Amazon, which Amazon&apos;s prohibited seller activities forbid.</source>
        <comment>off-amazon</comment>
        <extracomment>Rule off-amazon: why Amazon forbids it.</extracomment>
        <translation>Zakup w sklepie internetowym sprzedawcy, kontakt ze sprzedawcą przez WhatsApp lub media społecznościowe, płatność poza Amazon czy zapisanie się na listę mailingową wyprowadzają kupującego poza Amazon, czego zabraniają zasady Amazon dotyczące niedozwolonych działań sprzedawców.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Surcharges, price differences, customs fees or tips requested after the sale, above all through a non-Amazon payment route, are prohibited.</source>
        <comment>extra-payment</comment>
        <extracomment>Rule extra-payment: why Amazon forbids it.</extracomment>
        <translation>Dopłaty, różnice w cenie, opłaty celne lub napiwki, których sprzedawca żąda po sprzedaży – zwłaszcza poza systemem płatności Amazon – są zabronione.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A message sent under a message type or contact reason must stay on its topic: a review request inside an &quot;unexpected problem&quot; message, or non-critical content under a critical type, is misuse of the critical channel.</source>
        <comment>purpose-mismatch</comment>
        <extracomment>Rule purpose-mismatch: why Amazon forbids it.</extracomment>
        <translation>Wiadomość wysłana w ramach danego typu wiadomości lub powodu kontaktu musi trzymać się jego tematu: prośba o recenzję w wiadomości „Nieoczekiwany problem” albo treść niekrytyczna w krytycznym typie wiadomości to nadużycie kanału krytycznego.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Messages to people who have neither bought from the seller nor contacted them (for example because they viewed a product) are not permitted.</source>
        <comment>no-order-relationship</comment>
        <extracomment>Rule no-order-relationship: why Amazon forbids it.</extracomment>
        <translation>Wiadomości do osób, które ani nie kupiły niczego od sprzedawcy, ani się z nim nie kontaktowały (np. tylko oglądały produkt), są niedozwolone.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Money, gift cards, free or discounted products, refunds, rebates, future benefits or draw entries in exchange for a review or feedback break Amazon&apos;s review policies, in messages and package inserts alike.</source>
        <comment>review-incentive</comment>
        <extracomment>Rule review-incentive: why Amazon forbids it.</extracomment>
        <translation>Pieniądze, karty podarunkowe, darmowe lub przecenione produkty, zwrot pieniędzy, rabaty, przyszłe korzyści lub udział w losowaniu w zamian za recenzję albo opinię naruszają zasady Amazon dotyczące recenzji – zarówno w wiadomościach, jak i w ulotkach dołączanych do przesyłek.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Asking for a positive or 5-star review, asking only satisfied buyers, making the ask conditional (&quot;if you love it…&quot;), or steering unhappy buyers to the seller before they review are review manipulation.</source>
        <comment>review-manipulation</comment>
        <extracomment>Rule review-manipulation: why Amazon forbids it.</extracomment>
        <translation>Proszenie o pozytywną recenzję lub ocenę 5 gwiazdek, proszenie wyłącznie zadowolonych kupujących, stawianie warunku („jeśli produkt Ci się podoba…”) albo kierowanie niezadowolonych kupujących do sprzedawcy, zanim wystawią recenzję, to manipulowanie recenzjami.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Asking the buyer to change, update or delete a product review is prohibited even after the problem has been fixed, with or without an incentive.</source>
        <comment>review-removal</comment>
        <extracomment>Rule review-removal: why Amazon forbids it.</extracomment>
        <translation>Proszenie kupującego o zmianę, aktualizację lub usunięcie recenzji produktu jest zabronione, także po rozwiązaniu problemu – z zachętą czy bez niej.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>For seller feedback (not product reviews) a single neutral note, after the problem is fully solved, that the buyer may update or remove their feedback is allowed. Pressure or an incentive makes it review manipulation. The SP-API message type for this note was deleted in August 2025.</source>
        <comment>feedback-removal</comment>
        <extracomment>Rule feedback-removal: why Amazon forbids it.</extracomment>
        <translation>W przypadku opinii o sprzedawcy (nie recenzji produktów) dozwolona jest jedna neutralna informacja – wysłana po całkowitym rozwiązaniu problemu – że kupujący może zaktualizować lub usunąć swoją opinię. Nacisk lub zachęta czyni z niej manipulowanie recenzjami. Typ wiadomości SP-API przeznaczony do takiej informacji został usunięty w sierpniu 2025 r.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Amazon allows one review or feedback request per order, counting the Request a Review button, the Solicitations API and free-form messages together. Reminders are a second request.</source>
        <comment>repeated-review-request</comment>
        <extracomment>Rule repeated-review-request: why Amazon forbids it.</extracomment>
        <translation>Amazon pozwala na jedną prośbę o recenzję lub opinię na zamówienie, licząc łącznie przycisk „Poproś o recenzję”, Solicitations API i wiadomości o dowolnej treści. Przypomnienie to druga prośba.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Amazon&apos;s Request a Review button and Solicitations API accept a request only from 5 days after delivery until 30 days after it; asking before the buyer has the item, or months later, is outside the window.</source>
        <comment>review-request-window</comment>
        <extracomment>Rule review-request-window: why Amazon forbids it.</extracomment>
        <translation>Przycisk „Poproś o recenzję” i Solicitations API przyjmują prośbę tylko w okresie od 5 do 30 dni po dostawie; prośba wysłana, zanim kupujący otrzyma produkt, albo kilka miesięcy później wypada poza to okno.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>URLs, bare domains, shortened links and links behind images or buttons that lead away from Amazon are not allowed. The exception is an https link the buyer needs to complete this order: the page to upload a customization design, the carrier&apos;s page to book a delivery slot, the page to redeem a digital key or book a home-service appointment.</source>
        <comment>external-link</comment>
        <extracomment>Rule external-link: why Amazon forbids it.</extracomment>
        <translation>Adresy URL, same nazwy domen, skrócone linki oraz linki ukryte pod obrazami lub przyciskami, które prowadzą poza Amazon, są niedozwolone. Wyjątkiem jest link https, którego kupujący potrzebuje do realizacji tego zamówienia: strona do przesłania projektu personalizacji, strona przewoźnika do rezerwacji terminu dostawy, strona do aktywacji klucza cyfrowego lub do umówienia wizyty w ramach usług Home Services.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Any http:// link is blocked, even to an otherwise allowed destination: rewrite it to https.</source>
        <comment>insecure-link</comment>
        <extracomment>Rule insecure-link: why Amazon forbids it.</extracomment>
        <translation>Każdy link http:// jest blokowany, nawet jeśli prowadzi do dozwolonego miejsca: zmień go na https.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Links to Amazon are allowed, but a brand store, another product&apos;s page or a search result is used to sell. A link to the ordered item or its review page in the single review request is tolerated; the Request a Review button is safer.</source>
        <comment>storefront-link</comment>
        <extracomment>Rule storefront-link: why Amazon forbids it.</extracomment>
        <translation>Linki do Amazon są dozwolone, ale sklep marki, strona innego produktu czy wyniki wyszukiwania służą sprzedaży. Link do zamówionego produktu lub strony jego recenzji w jedynej prośbie o recenzję jest tolerowany; bezpieczniej jest użyć przycisku „Poproś o recenzję”.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unsubscribe links and instructions to stop seller messages are not allowed; Amazon controls opt-outs.</source>
        <comment>opt-out-link</comment>
        <extracomment>Rule opt-out-link: why Amazon forbids it.</extracomment>
        <translation>Linki do wypisania się i instrukcje, jak przestać otrzymywać wiadomości od sprzedawcy, są niedozwolone; rezygnacją z wiadomości zarządza Amazon.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Any e-mail address (seller, staff, third party), obfuscated forms such as &quot;name at example dot com&quot;, and mailto: links are forbidden; Amazon strips them.</source>
        <comment>email-address</comment>
        <extracomment>Rule email-address: why Amazon forbids it.</extracomment>
        <translation>Wszelkie adresy e-mail (sprzedawcy, pracowników, osób trzecich), formy zamaskowane, takie jak „jan małpa example kropka com”, oraz linki mailto: są zabronione; Amazon je usuwa.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Telephone numbers of any kind (seller, staff, WhatsApp) and tel: links are forbidden. Numbers next to a carrier, manufacturer or warranty service are still reported, as a warning. To get the buyer&apos;s number for a delivery, ask them to confirm it (confirmDeliveryDetails).</source>
        <comment>phone-number</comment>
        <extracomment>Rule phone-number: why Amazon forbids it.</extracomment>
        <translation>Numery telefonów wszelkiego rodzaju (sprzedawcy, pracowników, WhatsApp) oraz linki tel: są zabronione. Numery podane przy przewoźniku, producencie lub serwisie gwarancyjnym też są zgłaszane, ale jako ostrzeżenie. Aby uzyskać numer kupującego na potrzeby dostawy, poproś go o potwierdzenie numeru (confirmDeliveryDetails).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Asking for the buyer&apos;s personal e-mail, phone, social accounts or other data the order does not need is risky. Confirming a contact phone or address for a delivery appointment is the confirmDeliveryDetails scope and fine.</source>
        <comment>personal-data-request</comment>
        <extracomment>Rule personal-data-request: why Amazon forbids it.</extracomment>
        <translation>Proszenie kupującego o prywatny adres e-mail, numer telefonu, konta w mediach społecznościowych lub inne dane, których zamówienie nie wymaga, jest ryzykowne. Potwierdzenie telefonu kontaktowego lub adresu na potrzeby umówienia dostawy mieści się w zakresie confirmDeliveryDetails i jest w porządku.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Logos that link to a website, or visibly display a web address, are forbidden. A plain logo without a URL is fine.</source>
        <comment>logo-link</comment>
        <extracomment>Rule logo-link: why Amazon forbids it.</extracomment>
        <translation>Logotypy, które prowadzą do strony internetowej lub wyświetlają jej adres, są zabronione. Zwykłe logo bez adresu URL jest w porządku.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pictures of the purchased product are not allowed (Amazon adds them). Photos the buyer asked for, customization proofs and damage photos in a return are fine.</source>
        <comment>product-image</comment>
        <extracomment>Rule product-image: why Amazon forbids it.</extracomment>
        <translation>Zdjęcia zakupionego produktu są niedozwolone (Amazon dodaje je sam). Zdjęcia, o które prosił kupujący, podglądy projektu personalizacji i zdjęcia uszkodzeń przy zwrocie są w porządku.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Images unrelated to the brand or the business, such as memes, holiday stock photos or decorative banners, are not allowed.</source>
        <comment>unrelated-image</comment>
        <extracomment>Rule unrelated-image: why Amazon forbids it.</extracomment>
        <translation>Obrazy niezwiązane z marką ani działalnością, takie jak memy, świąteczne zdjęcia stockowe czy ozdobne banery, są niedozwolone.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Images of 1×1 or 2×2 pixels, hidden images and open-tracking beacons of e-mail services track the buyer, which Amazon forbids.</source>
        <comment>tracking-pixel</comment>
        <extracomment>Rule tracking-pixel: why Amazon forbids it.</extracomment>
        <translation>Obrazy o wymiarach 1×1 lub 2×2 piksele, ukryte obrazy i piksele śledzące otwarcie wiadomości, używane przez serwisy mailingowe, śledzą kupującego, czego Amazon zabrania.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Attachments other than product instructions, warranty information or invoices (catalogues, coupons, flyers, e-books, archives, programs, HTML files) are not allowed. Customization proofs, legally required documents and digital-key files have their own message types.</source>
        <comment>attachment-type</comment>
        <extracomment>Rule attachment-type: why Amazon forbids it.</extracomment>
        <translation>Załączniki inne niż instrukcje produktu, informacje o gwarancji lub faktury (katalogi, kupony, ulotki, e-booki, archiwa, programy, pliki HTML) są niedozwolone. Podglądy projektu personalizacji, dokumenty wymagane przepisami prawa i pliki z kluczami cyfrowymi mają własne typy wiadomości.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Amazon accepts at most 10 MB of attachments per message: compress or split them.</source>
        <comment>attachment-size</comment>
        <extracomment>Rule attachment-size: why Amazon forbids it.</extracomment>
        <translation>Amazon przyjmuje najwyżej 10 MB załączników w jednej wiadomości: skompresuj je lub podziel.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nudity, violence, adult or offensive language are not allowed. Product vocabulary the order needs is not offensive.</source>
        <comment>sensitive-content</comment>
        <extracomment>Rule sensitive-content: why Amazon forbids it.</extracomment>
        <translation>Nagość, przemoc, treści dla dorosłych i obraźliwy język są niedozwolone. Słownictwo związane z produktem, którego dotyczy zamówienie, nie jest uznawane za obraźliwe.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Threats of legal action or reports, insults, blame or pressure about claims, returns or feedback break Amazon&apos;s expectation of courteous messages.</source>
        <comment>hostile-tone</comment>
        <extracomment>Rule hostile-tone: why Amazon forbids it.</extracomment>
        <translation>Groźby podjęcia kroków prawnych lub zgłoszenia, obelgi, obwinianie lub wywieranie presji w sprawie roszczeń, zwrotów czy opinii są sprzeczne z oczekiwaniem Amazon, że wiadomości będą uprzejme.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Since November 2020 a proactive message must carry the order&apos;s 17-digit ID. An order-ID placeholder of a template ({order_id}, [Order ID], ${order.order_id}) counts. Through the SP-API or Seller Central Amazon attaches the order itself, so there it is only recommended (info).</source>
        <comment>missing-order-id</comment>
        <extracomment>Rule missing-order-id: why Amazon forbids it.</extracomment>
        <translation>Od listopada 2020 r. wiadomość proaktywna musi zawierać 17-cyfrowy numer zamówienia. Liczy się również symbol zastępczy numeru zamówienia z szablonu ({order_id}, [Order ID], ${order.order_id}). Przy wysyłce przez SP-API lub Seller Central Amazon sam dołącza zamówienie, więc tam jest to tylko zalecenie (informacja).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>An order ID in the text that is not the order the message is attached to, or several IDs, suggests the message goes to the wrong buyer.</source>
        <comment>order-id-mismatch</comment>
        <extracomment>Rule order-id-mismatch: why Amazon forbids it.</extracomment>
        <translation>Numer zamówienia w treści, który nie odpowiada zamówieniu, do którego dołączona jest wiadomość, albo kilka różnych numerów sugeruje, że wiadomość trafi do niewłaściwego kupującego.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Proactive messages may be sent only within 30 days of order completion (delivery, else the order date). More than 30 days after the order but within 30 days of delivery is a warning, since the sources disagree on which date counts. Replies to the buyer are not limited.</source>
        <comment>order-age</comment>
        <extracomment>Rule order-age: why Amazon forbids it.</extracomment>
        <translation>Wiadomości proaktywne można wysyłać tylko w ciągu 30 dni od realizacji zamówienia (od dostawy, a jeśli jej brak – od daty zamówienia). Jeśli minęło ponad 30 dni od zamówienia, ale mniej niż 30 dni od dostawy, zgłaszane jest ostrzeżenie, ponieważ źródła nie są zgodne co do tego, która data się liczy. Odpowiedzi dla kupującego nie podlegają temu ograniczeniu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Since November 2020 messages must be written in the buyer&apos;s language of preference (the SP-API&apos;s GetAttributes tells it). A bilingual message is a warning: it does not match the preference either.</source>
        <comment>language-mismatch</comment>
        <extracomment>Rule language-mismatch: why Amazon forbids it.</extracomment>
        <translation>Od listopada 2020 r. wiadomości muszą być napisane w preferowanym języku kupującego (podaje go GetAttributes w SP-API). Wiadomość dwujęzyczna daje ostrzeżenie: ona również nie odpowiada preferencji kupującego.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Until 2025 a critical message sent from an own mail client could carry [Important] in the subject to reach buyers who had opted out; misuse on non-critical messages was a top reason for restrictions. Amazon has since removed the override: the tag is misuse on a non-critical message (error) and merely useless on a critical one (warning); delivery now depends on the contact reason or SP-API type. A translated tag ([Wichtig], [Importante], …) never had that effect: it is flagged as a warning.</source>
        <comment>important-tag-misuse</comment>
        <extracomment>Rule important-tag-misuse: why Amazon forbids it.</extracomment>
        <translation>Do 2025 r. wiadomość krytyczna wysyłana z własnego klienta poczty mogła mieć w temacie [Important], aby dotrzeć do kupujących, którzy zrezygnowali z otrzymywania wiadomości; nadużywanie tego oznaczenia w wiadomościach niekrytycznych było jedną z najczęstszych przyczyn ograniczeń. Amazon zniósł już to obejście: oznaczenie w wiadomości niekrytycznej jest nadużyciem (błąd), a w krytycznej po prostu nic nie daje (ostrzeżenie); o doręczeniu decyduje teraz powód kontaktu lub typ wiadomości SP-API. Przetłumaczone oznaczenie ([Wichtig], [Importante]…) nigdy tak nie działało: jest zgłaszane jako ostrzeżenie.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Messages sent through the Messaging API are plain text within the type&apos;s limit (confirmCustomizationDetails 800, digitalAccessKey 400, the others 2,000 characters), with no HTML or e-mail addresses, links only on the type&apos;s topic, and 1 to 5 attachments on the types that take them; invoice, warranty and legalDisclosure take attachments only.</source>
        <comment>api-text-constraints</comment>
        <extracomment>Rule api-text-constraints: why Amazon forbids it.</extracomment>
        <translation>Wiadomości wysyłane przez Messaging API to zwykły tekst mieszczący się w limicie danego typu (confirmCustomizationDetails 800, digitalAccessKey 400, pozostałe 2000 znaków), bez HTML i adresów e-mail, z linkami wyłącznie na temat danego typu oraz z 1–5 załącznikami w typach, które je przyjmują; invoice, warranty i legalDisclosure przyjmują wyłącznie załączniki.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A non-critical proactive message to a buyer who opted out bounces; the attempt itself is not penalised.</source>
        <comment>opted-out-buyer</comment>
        <extracomment>Rule opted-out-buyer: why Amazon forbids it.</extracomment>
        <translation>Niekrytyczna wiadomość proaktywna do kupującego, który zrezygnował z otrzymywania wiadomości, nie zostanie doręczona; sama próba nie jest karana.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Amazon caps proactive messages at about 5 × average daily orders + 600 per day and watches sudden bursts.</source>
        <comment>message-volume</comment>
        <extracomment>Rule message-volume: why Amazon forbids it.</extracomment>
        <translation>Amazon ogranicza liczbę wiadomości proaktywnych do około 5 × średniej dziennej liczby zamówień + 600 dziennie i zwraca uwagę na nagłe skoki.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Messages from an e-mail client are rejected unless the sender address is registered for Buyer-Seller Messaging.</source>
        <comment>unauthorized-sender</comment>
        <extracomment>Rule unauthorized-sender: why Amazon forbids it.</extracomment>
        <translation>Wiadomości wysyłane z klienta poczty e-mail są odrzucane, jeśli adres nadawcy nie jest zarejestrowany w usłudze Wiadomości między kupującym a sprzedawcą.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Emoji, pictographs, flags and keycaps are forbidden in the subject and the body. ©, ® and ™ are ordinary symbols. Text emoticons such as :-) are not emoji but share their intent (warning).</source>
        <comment>emoji</comment>
        <extracomment>Rule emoji: why Amazon forbids it.</extracomment>
        <translation>Emoji, piktogramy, flagi i symbole klawiszy (keycap) są zabronione w temacie i w treści. ©, ® i ™ to zwykłe symbole. Emotikony tekstowe, takie jak :-), nie są emoji, ale służą temu samemu (ostrzeżenie).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Amazon forbids GIFs; tools read this as animated GIFs. Convert the image to PNG or JPEG.</source>
        <comment>animated-gif</comment>
        <extracomment>Rule animated-gif: why Amazon forbids it.</extracomment>
        <translation>Amazon zabrania GIF-ów; narzędzia rozumieją to jako animowane GIF-y. Przekonwertuj obraz do formatu PNG lub JPEG.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Images or CSS resources loaded over http:// are forbidden.</source>
        <comment>insecure-image</comment>
        <extracomment>Rule insecure-image: why Amazon forbids it.</extracomment>
        <translation>Obrazy i zasoby CSS ładowane przez http:// są zabronione.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Images or graphics wider than 80 % of the maximum width (480 px of the assumed 600 px) are not allowed.</source>
        <comment>image-width</comment>
        <extracomment>Rule image-width: why Amazon forbids it.</extracomment>
        <translation>Obrazy i grafiki szersze niż 80% maksymalnej szerokości (480 px z przyjętych 600 px) są niedozwolone.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Left or right margins or padding over 20 % of the maximum width (120 px of 600 px) are not allowed.</source>
        <comment>margin</comment>
        <extracomment>Rule margin: why Amazon forbids it.</extracomment>
        <translation>Lewe lub prawe marginesy albo dopełnienie (padding) większe niż 20% maksymalnej szerokości (120 px z 600 px) są niedozwolone.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changing the font family (font-family, &lt;font face&gt;, style sheets, web fonts) is not allowed.</source>
        <comment>font-family</comment>
        <extracomment>Rule font-family: why Amazon forbids it.</extracomment>
        <translation>Zmiana kroju czcionki (font-family, &lt;font face&gt;, arkusze stylów, czcionki internetowe) jest niedozwolona.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Changing the text colour (color:, &lt;font color&gt;) is not allowed.</source>
        <comment>font-color</comment>
        <extracomment>Rule font-color: why Amazon forbids it.</extracomment>
        <translation>Zmiana koloru tekstu (color:, &lt;font color&gt;) jest niedozwolona.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Text in more than three font sizes (headings included) is not allowed.</source>
        <comment>font-sizes</comment>
        <extracomment>Rule font-sizes: why Amazon forbids it.</extracomment>
        <translation>Tekst w więcej niż trzech rozmiarach czcionki (wliczając nagłówki) jest niedozwolony.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Changing the line height is not allowed.</source>
        <comment>line-height</comment>
        <extracomment>Rule line-height: why Amazon forbids it.</extracomment>
        <translation>Zmiana wysokości wiersza jest niedozwolona.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Centred, justified or right-aligned text is not allowed (right is the default for right-to-left languages).</source>
        <comment>alignment</comment>
        <extracomment>Rule alignment: why Amazon forbids it.</extracomment>
        <translation>Tekst wyśrodkowany, wyjustowany lub wyrównany do prawej jest niedozwolony (wyrównanie do prawej jest domyślne w językach pisanych od prawej do lewej).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>More than two consecutive line breaks (three newlines, or three &lt;br&gt; or empty paragraphs) are not allowed.</source>
        <comment>line-breaks</comment>
        <extracomment>Rule line-breaks: why Amazon forbids it.</extracomment>
        <translation>Więcej niż dwa podziały wiersza z rzędu (trzy znaki nowego wiersza albo trzy znaczniki &lt;br&gt; lub puste akapity) są niedozwolone.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Images without alt text, link text that does not say where it goes (&quot;click here&quot;), low-contrast text and text only inside images fail WCAG, which Amazon&apos;s styling rules point to.</source>
        <comment>accessibility</comment>
        <extracomment>Rule accessibility: why Amazon forbids it.</extracomment>
        <translation>Obrazy bez tekstu alternatywnego, tekst linku, który nie mówi, dokąd prowadzi („kliknij tutaj”), tekst o niskim kontraście i tekst umieszczony wyłącznie na obrazach nie spełniają wytycznych WCAG, do których odwołują się zasady Amazon dotyczące formatowania.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Amazon&apos;s guidelines list spelling errors. Names, brands, SKUs, placeholders and quoted buyer text are not checked; British and American spellings are both correct. Languages without a pyspellchecker dictionary (Polish among them) are not checked, and the report says so.</source>
        <comment>spelling</comment>
        <extracomment>Rule spelling: why Amazon forbids it.</extracomment>
        <translation>Wytyczne Amazon wymieniają błędy ortograficzne. Nazwy własne, marki, SKU, symbole zastępcze i cytowany tekst kupującego nie są sprawdzane; pisownia brytyjska i amerykańska są równie poprawne. Języki bez słownika pyspellchecker (w tym polski) nie są sprawdzane, o czym raport informuje.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Amazon&apos;s guidelines list grammar errors. Composer catches common slips of non-native writers (&quot;we has&quot;, &quot;please to confirm&quot;).</source>
        <comment>grammar</comment>
        <extracomment>Rule grammar: why Amazon forbids it.</extracomment>
        <translation>Wytyczne Amazon wymieniają błędy gramatyczne. Composer wychwytuje typowe pomyłki osób piszących w języku, który nie jest ich ojczystym („we has”, „please to confirm”).</translation>
    </message>
</context>
<context>
    <name>rule-fix</name>
    <message>
        <location line="-796"/>
        <source>Remove the sentence</source>
        <comment>cancellation-request</comment>
        <extracomment>Rule cancellation-request: the button that fixes it.</extracomment>
        <translation>Usuń zdanie</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove the sentence</source>
        <comment>promotion</comment>
        <extracomment>Rule promotion: the button that fixes it.</extracomment>
        <translation>Usuń zdanie</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove the sentence</source>
        <comment>off-amazon</comment>
        <extracomment>Rule off-amazon: the button that fixes it.</extracomment>
        <translation>Usuń zdanie</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove the sentence</source>
        <comment>extra-payment</comment>
        <extracomment>Rule extra-payment: the button that fixes it.</extracomment>
        <translation>Usuń zdanie</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Remove the sentence</source>
        <comment>review-incentive</comment>
        <extracomment>Rule review-incentive: the button that fixes it.</extracomment>
        <translation>Usuń zdanie</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove the sentence</source>
        <comment>review-manipulation</comment>
        <extracomment>Rule review-manipulation: the button that fixes it.</extracomment>
        <translation>Usuń zdanie</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove the sentence</source>
        <comment>review-removal</comment>
        <extracomment>Rule review-removal: the button that fixes it.</extracomment>
        <translation>Usuń zdanie</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Remove the sentence</source>
        <comment>repeated-review-request</comment>
        <extracomment>Rule repeated-review-request: the button that fixes it.</extracomment>
        <translation>Usuń zdanie</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Remove the link</source>
        <comment>external-link</comment>
        <extracomment>Rule external-link: the button that fixes it.</extracomment>
        <translation>Usuń link</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Use https</source>
        <comment>insecure-link</comment>
        <extracomment>Rule insecure-link: the button that fixes it.</extracomment>
        <translation>Użyj https</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Remove the sentence</source>
        <comment>opt-out-link</comment>
        <extracomment>Rule opt-out-link: the button that fixes it.</extracomment>
        <translation>Usuń zdanie</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove the address</source>
        <comment>email-address</comment>
        <extracomment>Rule email-address: the button that fixes it.</extracomment>
        <translation>Usuń adres</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove the number</source>
        <comment>phone-number</comment>
        <extracomment>Rule phone-number: the button that fixes it.</extracomment>
        <translation>Usuń numer</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Remove the image</source>
        <comment>tracking-pixel</comment>
        <extracomment>Rule tracking-pixel: the button that fixes it.</extracomment>
        <translation>Usuń obraz</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Add the order ID</source>
        <comment>missing-order-id</comment>
        <extracomment>Rule missing-order-id: the button that fixes it.</extracomment>
        <translation>Dodaj numer zamówienia</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Remove the tag</source>
        <comment>important-tag-misuse</comment>
        <extracomment>Rule important-tag-misuse: the button that fixes it.</extracomment>
        <translation>Usuń oznaczenie</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Remove the emoji</source>
        <comment>emoji</comment>
        <extracomment>Rule emoji: the button that fixes it.</extracomment>
        <translation>Usuń emoji</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Remove the margin</source>
        <comment>margin</comment>
        <extracomment>Rule margin: the button that fixes it.</extracomment>
        <translation>Usuń margines</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove the font</source>
        <comment>font-family</comment>
        <extracomment>Rule font-family: the button that fixes it.</extracomment>
        <translation>Usuń czcionkę</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove the colour</source>
        <comment>font-color</comment>
        <extracomment>Rule font-color: the button that fixes it.</extracomment>
        <translation>Usuń kolor</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Remove the line height</source>
        <comment>line-height</comment>
        <extracomment>Rule line-height: the button that fixes it.</extracomment>
        <translation>Usuń wysokość wiersza</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove the alignment</source>
        <comment>alignment</comment>
        <extracomment>Rule alignment: the button that fixes it.</extracomment>
        <translation>Usuń wyrównanie</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keep two line breaks</source>
        <comment>line-breaks</comment>
        <extracomment>Rule line-breaks: the button that fixes it.</extracomment>
        <translation>Zostaw dwa podziały wiersza</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Correct the spelling</source>
        <comment>spelling</comment>
        <extracomment>Rule spelling: the button that fixes it.</extracomment>
        <translation>Popraw pisownię</translation>
    </message>
</context>
<context>
    <name>rule-message</name>
    <message>
        <location line="-909"/>
        <source>Amazon already confirms orders; a message that only confirms one is not allowed: “{phrase}”.</source>
        <comment>order-confirmation</comment>
        <extracomment>Rule order-confirmation: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Amazon sam potwierdza zamówienia; wiadomość, która jedynie potwierdza zamówienie, jest niedozwolona: „{phrase}”.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Amazon already tells the buyer about dispatch and delivery: “{phrase}”.</source>
        <comment>shipping-confirmation</comment>
        <extracomment>Rule shipping-confirmation: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Amazon sam informuje kupującego o wysyłce i dostawie: „{phrase}”.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Amazon notifies the buyer of refunds and returns itself: “{phrase}”.</source>
        <comment>refund-confirmation</comment>
        <extracomment>Rule refund-confirmation: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Amazon sam powiadamia kupującego o zwrocie pieniędzy i przyjęciu zwrotu: „{phrase}”.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A message may not consist only of thanks or an offer to help: “{phrase}”.</source>
        <comment>thank-you-only</comment>
        <extracomment>Rule thank-you-only: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Wiadomość nie może składać się wyłącznie z podziękowań lub oferty pomocy: „{phrase}”.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unprompted tips, FAQs or check-ins are not on Amazon&apos;s list of permitted proactive messages: “{phrase}”.</source>
        <comment>proactive-service-content</comment>
        <extracomment>Rule proactive-service-content: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Nieproszonych porad, FAQ ani pytań o wrażenia nie ma na liście dozwolonych wiadomości proaktywnych Amazon: „{phrase}”.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Offer no substitute for an order you cannot fulfil; cancel it instead: “{phrase}”.</source>
        <comment>out-of-stock-substitute</comment>
        <extracomment>Rule out-of-stock-substitute: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Nie proponuj zamiennika, jeśli nie możesz zrealizować zamówienia – zamiast tego je anuluj: „{phrase}”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Do not ask the buyer to cancel; cancel the order yourself: “{phrase}”.</source>
        <comment>cancellation-request</comment>
        <extracomment>Rule cancellation-request: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Nie proś kupującego o anulowanie – anuluj zamówienie samodzielnie: „{phrase}”.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No marketing of any kind in buyer messages: “{phrase}”.</source>
        <comment>promotion</comment>
        <extracomment>Rule promotion: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>W wiadomościach do kupujących niedozwolony jest jakikolwiek marketing: „{phrase}”.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Do not steer the buyer or the payment away from Amazon: “{phrase}”.</source>
        <comment>off-amazon</comment>
        <extracomment>Rule off-amazon: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Nie kieruj kupującego ani płatności poza Amazon: „{phrase}”.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Do not ask for additional money after the sale: “{phrase}”.</source>
        <comment>extra-payment</comment>
        <extracomment>Rule extra-payment: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Nie proś o dodatkowe pieniądze po sprzedaży: „{phrase}”.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The {type} message type does not carry this content: “{text}”.</source>
        <comment>purpose-mismatch</comment>
        <extracomment>Rule purpose-mismatch: what it reports. Keep {type}, {text} unchanged.</extracomment>
        <translation>Typ wiadomości {type} nie obejmuje takiej treści: „{text}”.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only buyers of an order of yours (or who contacted you) may be messaged: “{phrase}”.</source>
        <comment>no-order-relationship</comment>
        <extracomment>Rule no-order-relationship: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Wiadomości można wysyłać tylko do osób, które złożyły u Ciebie zamówienie (lub skontaktowały się z Tobą): „{phrase}”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Offering anything of value for a review or feedback is prohibited: “{phrase}”.</source>
        <comment>review-incentive</comment>
        <extracomment>Rule review-incentive: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Oferowanie czegokolwiek wartościowego w zamian za recenzję lub opinię jest zabronione: „{phrase}”.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Review requests must be neutral and go to every buyer alike: “{phrase}”.</source>
        <comment>review-manipulation</comment>
        <extracomment>Rule review-manipulation: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Prośby o recenzję muszą być neutralne i kierowane do wszystkich kupujących jednakowo: „{phrase}”.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Never ask a buyer to change or remove a product review: “{phrase}”.</source>
        <comment>review-removal</comment>
        <extracomment>Rule review-removal: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Nigdy nie proś kupującego o zmianę lub usunięcie recenzji produktu: „{phrase}”.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only one neutral note that the buyer may update their seller feedback is tolerated; any pressure is prohibited: “{phrase}”.</source>
        <comment>feedback-removal</comment>
        <extracomment>Rule feedback-removal: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Tolerowana jest tylko jedna neutralna informacja, że kupujący może zaktualizować swoją opinię o sprzedawcy; wszelki nacisk jest zabroniony: „{phrase}”.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only one review request per order is allowed; reminders are not: “{phrase}”.</source>
        <comment>repeated-review-request</comment>
        <extracomment>Rule repeated-review-request: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Dozwolona jest tylko jedna prośba o recenzję na zamówienie, bez przypomnień: „{phrase}”.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Review requests belong between {first} and {last} (5 to 30 days after delivery): “{text}”.</source>
        <comment>review-request-window</comment>
        <extracomment>Rule review-request-window: what it reports. Keep {first}, {last}, {text} unchanged.</extracomment>
        <translation>Prośbę o recenzję można wysłać między {first} a {last} (od 5 do 30 dni po dostawie): „{text}”.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Links to sites other than Amazon are not allowed ({why}): “{text}”.</source>
        <comment>external-link</comment>
        <extracomment>Rule external-link: what it reports. Keep {why}, {text} unchanged.</extracomment>
        <translation>Linki do stron innych niż Amazon są niedozwolone ({why}): „{text}”.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Links must use https, not http: “{text}”.</source>
        <comment>insecure-link</comment>
        <extracomment>Rule insecure-link: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Linki muszą używać https, a nie http: „{text}”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Links to your brand store, other products or search results read as promotion: “{text}”.</source>
        <comment>storefront-link</comment>
        <extracomment>Rule storefront-link: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Linki do Twojego sklepu marki, innych produktów lub wyników wyszukiwania są odbierane jako promocja: „{text}”.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Do not offer an unsubscribe or opt-out; Amazon provides its own: “{text}”.</source>
        <comment>opt-out-link</comment>
        <extracomment>Rule opt-out-link: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Nie oferuj możliwości wypisania się ani rezygnacji z wiadomości – Amazon zapewnia własną: „{text}”.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>E-mail addresses are not allowed; the buyer answers through Amazon: “{text}”.</source>
        <comment>email-address</comment>
        <extracomment>Rule email-address: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Adresy e-mail są niedozwolone – kupujący odpowiada przez Amazon: „{text}”.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Phone numbers are not allowed in buyer messages: “{text}”.</source>
        <comment>phone-number</comment>
        <extracomment>Rule phone-number: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Numery telefonów są niedozwolone w wiadomościach do kupujących: „{text}”.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Do not ask for the buyer&apos;s personal contact data: “{text}”.</source>
        <comment>personal-data-request</comment>
        <extracomment>Rule personal-data-request: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Nie proś kupującego o jego prywatne dane kontaktowe: „{text}”.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A logo may not link to or display a website: “{text}”.</source>
        <comment>logo-link</comment>
        <extracomment>Rule logo-link: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Logo nie może prowadzić do strony internetowej ani pokazywać jej adresu: „{text}”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Amazon adds the product&apos;s picture itself: “{text}”.</source>
        <comment>product-image</comment>
        <extracomment>Rule product-image: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Amazon sam dodaje zdjęcie produktu: „{text}”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Images unrelated to your brand or the order (memes, stock photos) are not allowed: “{text}”.</source>
        <comment>unrelated-image</comment>
        <extracomment>Rule unrelated-image: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Obrazy niezwiązane z Twoją marką lub zamówieniem (memy, zdjęcia stockowe) są niedozwolone: „{text}”.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tracking pixels and hidden images are forbidden: “{text}”.</source>
        <comment>tracking-pixel</comment>
        <extracomment>Rule tracking-pixel: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Piksele śledzące i ukryte obrazy są zabronione: „{text}”.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only product instructions, warranty information and invoices may be attached; {why}: “{text}”.</source>
        <comment>attachment-type</comment>
        <extracomment>Rule attachment-type: what it reports. Keep {why}, {text} unchanged.</extracomment>
        <translation>Załączać można tylko instrukcje produktu, informacje o gwarancji i faktury; {why}: „{text}”.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Attachments may not exceed {limit} in one message (these are {size}).</source>
        <comment>attachment-size</comment>
        <extracomment>Rule attachment-size: what it reports. Keep {limit}, {size} unchanged.</extracomment>
        <translation>Załączniki w jednej wiadomości nie mogą przekraczać {limit} (łącznie: {size}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Offensive or adult language is not allowed: “{text}”.</source>
        <comment>sensitive-content</comment>
        <extracomment>Rule sensitive-content: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Obraźliwy język i treści dla dorosłych są niedozwolone: „{text}”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Threats, blame or pressure on the buyer read as hostile: “{text}”.</source>
        <comment>hostile-tone</comment>
        <extracomment>Rule hostile-tone: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Groźby, obwinianie lub wywieranie presji na kupującego są odbierane jako wrogie: „{text}”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Proactive messages must name the 17-digit Amazon order ID (e.g. 123-1234567-1234567).</source>
        <comment>missing-order-id</comment>
        <extracomment>Rule missing-order-id: what it reports.</extracomment>
        <translation>Wiadomości proaktywne muszą zawierać 17-cyfrowy numer zamówienia Amazon (np. 123-1234567-1234567).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The message belongs to order {expected} but names “{text}”.</source>
        <comment>order-id-mismatch</comment>
        <extracomment>Rule order-id-mismatch: what it reports. Keep {expected}, {text} unchanged.</extracomment>
        <translation>Wiadomość dotyczy zamówienia {expected}, ale podaje numer „{text}”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Proactive messages are allowed only within 30 days of order completion; this order was completed {days} days ago.</source>
        <comment>order-age</comment>
        <extracomment>Rule order-age: what it reports. Keep {days} unchanged.</extracomment>
        <translation>Wiadomości proaktywne są dozwolone tylko w ciągu 30 dni od realizacji zamówienia; to zamówienie zostało zrealizowane {days} dni temu.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The message is written in {written}; the buyer&apos;s language of preference is {wanted}.</source>
        <comment>language-mismatch</comment>
        <extracomment>Rule language-mismatch: what it reports. Keep {written}, {wanted} unchanged.</extracomment>
        <translation>Wiadomość jest napisana w języku: {written}; preferowany język kupującego: {wanted}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove {text} from the subject: {why}.</source>
        <comment>important-tag-misuse</comment>
        <extracomment>Rule important-tag-misuse: what it reports. Keep {text}, {why} unchanged.</extracomment>
        <translation>Usuń {text} z tematu: {why}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The SP-API rejects this: {problem}.</source>
        <comment>api-text-constraints</comment>
        <extracomment>Rule api-text-constraints: what it reports. Keep {problem} unchanged.</extracomment>
        <translation>SP-API tego nie przyjmie: {problem}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This buyer opted out of non-critical messages; this one will bounce.</source>
        <comment>opted-out-buyer</comment>
        <extracomment>Rule opted-out-buyer: what it reports.</extracomment>
        <translation>Ten kupujący zrezygnował z otrzymywania niekrytycznych wiadomości; ta wiadomość nie zostanie doręczona.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Today&apos;s messages exceed Amazon&apos;s daily cap of about 5 × average daily orders + 600.</source>
        <comment>message-volume</comment>
        <extracomment>Rule message-volume: what it reports.</extracomment>
        <translation>Dzisiejsza liczba wiadomości przekracza dzienny limit Amazon (około 5 × średnia dzienna liczba zamówień + 600).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mail from an address not authorised in Seller Central is rejected.</source>
        <comment>unauthorized-sender</comment>
        <extracomment>Rule unauthorized-sender: what it reports.</extracomment>
        <translation>Wiadomości wysyłane z adresu, który nie jest autoryzowany w Seller Central, są odrzucane.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Emoji and pictographs are not allowed: “{text}”.</source>
        <comment>emoji</comment>
        <extracomment>Rule emoji: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Emoji i piktogramy są niedozwolone: „{text}”.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Animated GIFs are forbidden; a GIF cannot be shown to be static without its frames: “{text}”.</source>
        <comment>animated-gif</comment>
        <extracomment>Rule animated-gif: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Animowane GIF-y są zabronione; bez dostępu do klatek nie da się wykazać, że GIF jest statyczny: „{text}”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Images and other resources must load over https: “{text}”.</source>
        <comment>insecure-image</comment>
        <extracomment>Rule insecure-image: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Obrazy i inne zasoby muszą być ładowane przez https: „{text}”.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Images may be at most 80 % of the message width: “{text}”.</source>
        <comment>image-width</comment>
        <extracomment>Rule image-width: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Obrazy mogą zajmować najwyżej 80% szerokości wiadomości: „{text}”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Margins may be at most 20 % of the message width: “{text}”.</source>
        <comment>margin</comment>
        <extracomment>Rule margin: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Marginesy mogą zajmować najwyżej 20% szerokości wiadomości: „{text}”.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Do not override the default font: “{text}”.</source>
        <comment>font-family</comment>
        <extracomment>Rule font-family: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Nie zmieniaj domyślnej czcionki: „{text}”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Do not override the default text colour: “{text}”.</source>
        <comment>font-color</comment>
        <extracomment>Rule font-color: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Nie zmieniaj domyślnego koloru tekstu: „{text}”.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The text uses {count} font sizes; at most three are allowed.</source>
        <comment>font-sizes</comment>
        <extracomment>Rule font-sizes: what it reports. Keep {count} unchanged.</extracomment>
        <translation>Liczba rozmiarów czcionki w tekście: {count}; dozwolone są najwyżej trzy.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Do not override the default line height: “{text}”.</source>
        <comment>line-height</comment>
        <extracomment>Rule line-height: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Nie zmieniaj domyślnej wysokości wiersza: „{text}”.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Keep the default text alignment: “{text}”.</source>
        <comment>alignment</comment>
        <extracomment>Rule alignment: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Zachowaj domyślne wyrównanie tekstu: „{text}”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No more than two line breaks in a row ({count} here).</source>
        <comment>line-breaks</comment>
        <extracomment>Rule line-breaks: what it reports. Keep {count} unchanged.</extracomment>
        <translation>Najwyżej dwa podziały wiersza z rzędu (tutaj: {count}).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Accessibility problem: {problem}: “{text}”.</source>
        <comment>accessibility</comment>
        <extracomment>Rule accessibility: what it reports. Keep {problem}, {text} unchanged.</extracomment>
        <translation>Problem z dostępnością: {problem}: „{text}”.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Possible spelling mistake in {language}: “{text}”.</source>
        <comment>spelling</comment>
        <extracomment>Rule spelling: what it reports. Keep {language}, {text} unchanged.</extracomment>
        <translation>Możliwy błąd ortograficzny (język: {language}): „{text}”.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Possible grammar mistake: “{text}”.</source>
        <comment>grammar</comment>
        <extracomment>Rule grammar: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Możliwy błąd gramatyczny: „{text}”.</translation>
    </message>
</context>
<context>
    <name>rule-title</name>
    <message>
        <location line="-915"/>
        <source>Order confirmation</source>
        <comment>order-confirmation</comment>
        <extracomment>Rule order-confirmation (error): its title.</extracomment>
        <translation>Potwierdzenie zamówienia</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Shipping or delivery confirmation</source>
        <comment>shipping-confirmation</comment>
        <extracomment>Rule shipping-confirmation (error): its title.</extracomment>
        <translation>Potwierdzenie wysyłki lub dostawy</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Refund or return confirmation</source>
        <comment>refund-confirmation</comment>
        <extracomment>Rule refund-confirmation (warning): its title.</extracomment>
        <translation>Potwierdzenie zwrotu pieniędzy lub przyjęcia zwrotu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Thanks or help offer only</source>
        <comment>thank-you-only</comment>
        <extracomment>Rule thank-you-only (error): its title.</extracomment>
        <translation>Wyłącznie podziękowanie lub oferta pomocy</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unprompted tips, manuals or check-ins</source>
        <comment>proactive-service-content</comment>
        <extracomment>Rule proactive-service-content (warning): its title.</extracomment>
        <translation>Nieproszone porady, instrukcje lub pytania o wrażenia</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Substitute for an out-of-stock item</source>
        <comment>out-of-stock-substitute</comment>
        <extracomment>Rule out-of-stock-substitute (warning): its title.</extracomment>
        <translation>Zamiennik niedostępnego produktu</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Asking the buyer to cancel</source>
        <comment>cancellation-request</comment>
        <extracomment>Rule cancellation-request (error): its title.</extracomment>
        <translation>Prośba do kupującego o anulowanie zamówienia</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Marketing or promotion</source>
        <comment>promotion</comment>
        <extracomment>Rule promotion (error): its title.</extracomment>
        <translation>Marketing lub promocja</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Diverting the buyer off Amazon</source>
        <comment>off-amazon</comment>
        <extracomment>Rule off-amazon (error): its title.</extracomment>
        <translation>Odciąganie kupującego poza Amazon</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Asking for payment after the sale</source>
        <comment>extra-payment</comment>
        <extracomment>Rule extra-payment (error): its title.</extracomment>
        <translation>Żądanie dopłaty po sprzedaży</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Content outside the chosen message type</source>
        <comment>purpose-mismatch</comment>
        <extracomment>Rule purpose-mismatch (error): its title.</extracomment>
        <translation>Treść niezgodna z wybranym typem wiadomości</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Message to someone who did not order</source>
        <comment>no-order-relationship</comment>
        <extracomment>Rule no-order-relationship (error): its title.</extracomment>
        <translation>Wiadomość do osoby, która nie złożyła zamówienia</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Review incentive</source>
        <comment>review-incentive</comment>
        <extracomment>Rule review-incentive (error): its title.</extracomment>
        <translation>Korzyść w zamian za recenzję</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Positive-only, conditional or steering review request</source>
        <comment>review-manipulation</comment>
        <extracomment>Rule review-manipulation (error): its title.</extracomment>
        <translation>Prośba o wyłącznie pozytywną recenzję, warunkowa lub manipulacyjna</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Request to change or remove a review</source>
        <comment>review-removal</comment>
        <extracomment>Rule review-removal (error): its title.</extracomment>
        <translation>Prośba o zmianę lub usunięcie recenzji</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Seller feedback removal</source>
        <comment>feedback-removal</comment>
        <extracomment>Rule feedback-removal (warning): its title.</extracomment>
        <translation>Usunięcie opinii o sprzedawcy</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Second or reminder review request</source>
        <comment>repeated-review-request</comment>
        <extracomment>Rule repeated-review-request (error): its title.</extracomment>
        <translation>Ponowna prośba o recenzję lub przypomnienie</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Review request outside the window</source>
        <comment>review-request-window</comment>
        <extracomment>Rule review-request-window (warning): its title.</extracomment>
        <translation>Prośba o recenzję poza dozwolonym terminem</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Link to another website</source>
        <comment>external-link</comment>
        <extracomment>Rule external-link (error): its title.</extracomment>
        <translation>Link do innej strony internetowej</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Insecure (http) link</source>
        <comment>insecure-link</comment>
        <extracomment>Rule insecure-link (error): its title.</extracomment>
        <translation>Niezabezpieczony link (http)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Amazon link used to sell</source>
        <comment>storefront-link</comment>
        <extracomment>Rule storefront-link (warning): its title.</extracomment>
        <translation>Link do Amazon służący sprzedaży</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unsubscribe or opt-out link</source>
        <comment>opt-out-link</comment>
        <extracomment>Rule opt-out-link (error): its title.</extracomment>
        <translation>Link do wypisania się lub rezygnacji z wiadomości</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>E-mail address</source>
        <comment>email-address</comment>
        <extracomment>Rule email-address (error): its title.</extracomment>
        <translation>Adres e-mail</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Phone number</source>
        <comment>phone-number</comment>
        <extracomment>Rule phone-number (error): its title.</extracomment>
        <translation>Numer telefonu</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Asking for personal data</source>
        <comment>personal-data-request</comment>
        <extracomment>Rule personal-data-request (warning): its title.</extracomment>
        <translation>Prośba o dane osobowe</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Logo that links to or shows a website</source>
        <comment>logo-link</comment>
        <extracomment>Rule logo-link (error): its title.</extracomment>
        <translation>Logo prowadzące do strony internetowej lub pokazujące jej adres</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Picture of the purchased product</source>
        <comment>product-image</comment>
        <extracomment>Rule product-image (error): its title.</extracomment>
        <translation>Zdjęcie zakupionego produktu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Image unrelated to the business</source>
        <comment>unrelated-image</comment>
        <extracomment>Rule unrelated-image (warning): its title.</extracomment>
        <translation>Obraz niezwiązany z działalnością</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tracking pixel</source>
        <comment>tracking-pixel</comment>
        <extracomment>Rule tracking-pixel (error): its title.</extracomment>
        <translation>Piksel śledzący</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Attachment type</source>
        <comment>attachment-type</comment>
        <extracomment>Rule attachment-type (error): its title.</extracomment>
        <translation>Typ załącznika</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Attachments over 10 MB</source>
        <comment>attachment-size</comment>
        <extracomment>Rule attachment-size (error): its title.</extracomment>
        <translation>Załączniki powyżej 10 MB</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Offensive language</source>
        <comment>sensitive-content</comment>
        <extracomment>Rule sensitive-content (error): its title.</extracomment>
        <translation>Obraźliwy język</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Hostile tone</source>
        <comment>hostile-tone</comment>
        <extracomment>Rule hostile-tone (warning): its title.</extracomment>
        <translation>Wrogi ton</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Missing order ID</source>
        <comment>missing-order-id</comment>
        <extracomment>Rule missing-order-id (error): its title.</extracomment>
        <translation>Brak numeru zamówienia</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Order ID of another order</source>
        <comment>order-id-mismatch</comment>
        <extracomment>Rule order-id-mismatch (warning): its title.</extracomment>
        <translation>Numer innego zamówienia</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Past the 30-day window</source>
        <comment>order-age</comment>
        <extracomment>Rule order-age (error): its title.</extracomment>
        <translation>Po upływie 30-dniowego terminu</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not in the buyer&apos;s language</source>
        <comment>language-mismatch</comment>
        <extracomment>Rule language-mismatch (error): its title.</extracomment>
        <translation>Język inny niż język kupującego</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>[Important] in the subject</source>
        <comment>important-tag-misuse</comment>
        <extracomment>Rule important-tag-misuse (error): its title.</extracomment>
        <translation>[Important] w temacie</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>SP-API message limits</source>
        <comment>api-text-constraints</comment>
        <extracomment>Rule api-text-constraints (error): its title.</extracomment>
        <translation>Limity wiadomości w SP-API</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Buyer has opted out</source>
        <comment>opted-out-buyer</comment>
        <extracomment>Rule opted-out-buyer (info): its title.</extracomment>
        <translation>Kupujący zrezygnował z wiadomości</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Message volume</source>
        <comment>message-volume</comment>
        <extracomment>Rule message-volume (info): its title.</extracomment>
        <translation>Liczba wiadomości</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sender not authorised</source>
        <comment>unauthorized-sender</comment>
        <extracomment>Rule unauthorized-sender (info): its title.</extracomment>
        <translation>Nieautoryzowany nadawca</translation>
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
        <translation>Obraz GIF</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Image loaded over http</source>
        <comment>insecure-image</comment>
        <extracomment>Rule insecure-image (error): its title.</extracomment>
        <translation>Obraz ładowany przez http</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Image too wide</source>
        <comment>image-width</comment>
        <extracomment>Rule image-width (warning): its title.</extracomment>
        <translation>Zbyt szeroki obraz</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wide margins</source>
        <comment>margin</comment>
        <extracomment>Rule margin (warning): its title.</extracomment>
        <translation>Szerokie marginesy</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Font family</source>
        <comment>font-family</comment>
        <extracomment>Rule font-family (warning): its title.</extracomment>
        <translation>Krój czcionki</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Text colour</source>
        <comment>font-color</comment>
        <extracomment>Rule font-color (warning): its title.</extracomment>
        <translation>Kolor tekstu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>More than three font sizes</source>
        <comment>font-sizes</comment>
        <extracomment>Rule font-sizes (warning): its title.</extracomment>
        <translation>Więcej niż trzy rozmiary czcionki</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Line height</source>
        <comment>line-height</comment>
        <extracomment>Rule line-height (warning): its title.</extracomment>
        <translation>Wysokość wiersza</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Text alignment</source>
        <comment>alignment</comment>
        <extracomment>Rule alignment (warning): its title.</extracomment>
        <translation>Wyrównanie tekstu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>More than two line breaks</source>
        <comment>line-breaks</comment>
        <extracomment>Rule line-breaks (warning): its title.</extracomment>
        <translation>Więcej niż dwa podziały wiersza</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Accessibility</source>
        <comment>accessibility</comment>
        <extracomment>Rule accessibility (warning): its title.</extracomment>
        <translation>Dostępność</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Spelling</source>
        <comment>spelling</comment>
        <extracomment>Rule spelling (warning): its title.</extracomment>
        <translation>Pisownia</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Grammar</source>
        <comment>grammar</comment>
        <extracomment>Rule grammar (warning): its title.</extracomment>
        <translation>Gramatyka</translation>
    </message>
</context>
<context>
    <name>source</name>
    <message>
        <location line="+153"/>
        <source>Seed article 000: French article built around Amazon&apos;s bounce notice for opted-out buyers</source>
        <comment>000</comment>
        <extracomment>Policy source 000.</extracomment>
        <translation>Artykuł wyjściowy 000: francuski artykuł omawiający powiadomienie Amazon o niedoręczeniu wiadomości do kupujących, którzy zrezygnowali z otrzymywania wiadomości</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seed article 001: French article on the guideline change of 8 Sep 2020 (enforced from 3 Nov 2020): necessary vs. proactive permitted messages, 30-day window, 17-digit order ID, list of banned content, styling bans, enforcement ladder.</source>
        <comment>001</comment>
        <extracomment>Policy source 001.</extracomment>
        <translation>Artykuł wyjściowy 001: francuski artykuł o zmianie wytycznych z 8 września 2020 r. (egzekwowanej od 3 listopada 2020 r.): wiadomości niezbędne a proaktywne dozwolone, termin 30 dni, 17-cyfrowy numer zamówienia, lista zakazanych treści, zakazy dotyczące formatowania, stopniowanie sankcji.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seed article 002: Portuguese seller guide: anonymised aliases, attachments under 10 MB, critical messages and `[Important]`, over-messaging.</source>
        <comment>002</comment>
        <extracomment>Policy source 002.</extracomment>
        <translation>Artykuł wyjściowy 002: portugalski poradnik dla sprzedawców: zanonimizowane adresy e-mail (aliasy), załączniki do 10 MB, wiadomości krytyczne i `[Important]`, wysyłanie zbyt wielu wiadomości.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seed article 003: Polish article on the same 2020 update</source>
        <comment>003</comment>
        <extracomment>Policy source 003.</extracomment>
        <translation>Artykuł wyjściowy 003: polski artykuł o tej samej aktualizacji z 2020 r.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed article 004: French multichannel article: no promotion, diversion, discount codes or off-Amazon links in Amazon messages (its &apos;package insert bridge&apos; tactic is outside messaging and itself risky).</source>
        <comment>004</comment>
        <extracomment>Policy source 004.</extracomment>
        <translation>Artykuł wyjściowy 004: francuski artykuł o sprzedaży wielokanałowej: żadnej promocji, przekierowywania kupujących, kodów rabatowych ani linków poza Amazon w wiadomościach na Amazon (opisana w nim taktyka „pomostu przez ulotkę w paczce” wykracza poza wiadomości i sama w sobie jest ryzykowna).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amazon UK Seller Forums staff post &apos;Communication Guidelines – Permitted messages&apos;</source>
        <comment>A1</comment>
        <extracomment>Policy source A1.</extracomment>
        <translation>Wpis pracownika Amazon na brytyjskim forum sprzedawców: „Communication Guidelines – Permitted messages”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amazon UK Seller Forums staff post &apos;Mastering Buyer Communication: Critical vs. Non-Critical Messages&apos;</source>
        <comment>A2</comment>
        <extracomment>Policy source A2.</extracomment>
        <translation>Wpis pracownika Amazon na brytyjskim forum sprzedawców: „Mastering Buyer Communication: Critical vs. Non-Critical Messages”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon forum news &apos;Change to Buyer-Seller Messaging options&apos; ([Important] override removed)</source>
        <comment>A3</comment>
        <extracomment>Policy source A3.</extracomment>
        <translation>Komunikat na forum Amazon: „Change to Buyer-Seller Messaging options” (zniesienie obejścia [Important])</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seller Central help &apos;Buyer-Seller Messaging frequently asked questions&apos; (older version with the `[Important]` instructions)</source>
        <comment>A4</comment>
        <extracomment>Policy source A4.</extracomment>
        <translation>Pomoc Seller Central: „Buyer-Seller Messaging frequently asked questions” (starsza wersja z instrukcjami dotyczącymi `[Important]`)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seller Central help &apos;Buyer-Seller Messages FAQ&apos; (current)</source>
        <comment>A5</comment>
        <extracomment>Policy source A5.</extracomment>
        <translation>Pomoc Seller Central: „Buyer-Seller Messages FAQ” (wersja aktualna)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seller Central help &apos;Buyer-Seller Messaging&apos; (attachments up to 10 MB, critical subject)</source>
        <comment>A6</comment>
        <extracomment>Policy source A6.</extracomment>
        <translation>Pomoc Seller Central: „Buyer-Seller Messaging” (załączniki do 10 MB, temat wiadomości krytycznej)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seller Central help &apos;Prohibited seller activities and actions&apos;</source>
        <comment>A7</comment>
        <extracomment>Policy source A7.</extracomment>
        <translation>Pomoc Seller Central: „Prohibited seller activities and actions”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seller Central help &apos;Customer product reviews policies&apos;</source>
        <comment>A8</comment>
        <extracomment>Policy source A8.</extracomment>
        <translation>Pomoc Seller Central: „Customer product reviews policies”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seller Central help &apos;Answers to questions about product reviews&apos;</source>
        <comment>A9</comment>
        <extracomment>Policy source A9.</extracomment>
        <translation>Pomoc Seller Central: „Answers to questions about product reviews”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seller Central help on handling negative seller feedback (neutral removal notice allowed, pressure not)</source>
        <comment>A10</comment>
        <extracomment>Policy source A10.</extracomment>
        <translation>Pomoc Seller Central o postępowaniu z negatywnymi opiniami o sprzedawcy (neutralna informacja o możliwości usunięcia opinii jest dozwolona, nacisk nie)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seller Central help &apos;Communication Guidelines&apos;, older version (IT, G1701; review rules also cover package inserts)</source>
        <comment>A11</comment>
        <extracomment>Policy source A11.</extracomment>
        <translation>Pomoc Seller Central: „Communication Guidelines”, starsza wersja (IT, G1701; zasady dotyczące recenzji obejmują też ulotki w paczkach)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon developer forum &apos;Updated Communications Guidelines for Buyer-Seller Messaging&apos; (language of preference required from 3 Nov 2020)</source>
        <comment>A12</comment>
        <extracomment>Policy source A12.</extracomment>
        <translation>Forum deweloperów Amazon: „Updated Communications Guidelines for Buyer-Seller Messaging” (preferowany język kupującego wymagany od 3 listopada 2020 r.)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon EU Seller Forums post on customer reviews and the &apos;Request a review&apos; feature</source>
        <comment>A13</comment>
        <extracomment>Policy source A13.</extracomment>
        <translation>Wpis na europejskim forum sprzedawców Amazon o recenzjach klientów i funkcji „Poproś o recenzję” (Request a review)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seller Central help &apos;Messaging Permissions&apos; (unauthorised sender addresses are rejected)</source>
        <comment>A14</comment>
        <extracomment>Policy source A14.</extracomment>
        <translation>Pomoc Seller Central: „Messaging Permissions” (wiadomości z nieautoryzowanych adresów nadawcy są odrzucane)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seller Central help &apos;Communication guidelines&apos; (G1801), the canonical page, reconstructed from A1, 001, 003, T1 and T3</source>
        <comment>A15</comment>
        <extracomment>Policy source A15.</extracomment>
        <translation>Pomoc Seller Central: „Communication guidelines” (G1801), strona kanoniczna, odtworzona na podstawie A1, 001, 003, T1 i T3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seller Central help &apos;Manage Your Customer Engagement campaign requirements&apos; (the sanctioned marketing channel, not messaging)</source>
        <comment>A16</comment>
        <extracomment>Policy source A16.</extracomment>
        <translation>Pomoc Seller Central: „Manage Your Customer Engagement campaign requirements” (dozwolony kanał marketingowy, niezwiązany z wiadomościami)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon SP-API Messaging model (models/messaging-api-model/messaging.json): message types, critical labels, text limits, no HTML or e-mail addresses, topic-limited links</source>
        <comment>D1</comment>
        <extracomment>Policy source D1.</extracomment>
        <translation>Model Messaging w Amazon SP-API (models/messaging-api-model/messaging.json): typy wiadomości, oznaczenia krytyczne, limity tekstu, zakaz HTML i adresów e-mail, linki ograniczone do tematu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon SP-API Solicitations model (models/solicitations-api-model/solicitations.json): one review and feedback solicitation per order, non-critical</source>
        <comment>D2</comment>
        <extracomment>Policy source D2.</extracomment>
        <translation>Model Solicitations w Amazon SP-API (models/solicitations-api-model/solicitations.json): jedna prośba o recenzję i opinię na zamówienie, niekrytyczna</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Messaging API guide and &apos;Send a message&apos; tutorial</source>
        <comment>D3</comment>
        <extracomment>Policy source D3.</extracomment>
        <translation>Przewodnik po Messaging API i samouczek „Send a message”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solicitations API tutorials (window 5 days after EarliestDeliveryDate to 30 days after LatestDeliveryDate; no positive-only asks, no edits to reviews, no rewards)</source>
        <comment>D4</comment>
        <extracomment>Policy source D4.</extracomment>
        <translation>Samouczki Solicitations API (okno od 5 dni po EarliestDeliveryDate do 30 dni po LatestDeliveryDate; bez próśb wyłącznie o pozytywne recenzje, bez zmian recenzji, bez nagród)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Jungle Scout, Sep 2020 update summary</source>
        <comment>T1</comment>
        <extracomment>Policy source T1.</extracomment>
        <translation>Jungle Scout, podsumowanie aktualizacji z września 2020 r.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EcommerceBytes, 8 Sep 2020, the eleven styling rules and seller reactions</source>
        <comment>T2</comment>
        <extracomment>Policy source T2.</extracomment>
        <translation>EcommerceBytes, 8 września 2020 r.: jedenaście zasad formatowania i reakcje sprzedawców</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FeedbackWhiz help</source>
        <comment>T3</comment>
        <extracomment>Policy source T3.</extracomment>
        <translation>Pomoc FeedbackWhiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>eComEngine help, why proactive messages get blocked/restricted</source>
        <comment>T4</comment>
        <extracomment>Policy source T4.</extracomment>
        <translation>Pomoc eComEngine: dlaczego wiadomości proaktywne są blokowane lub ograniczane</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>eDesk support, avoiding messaging suspension (daily cap, storefront links, logos, e-mail stripping)</source>
        <comment>T5</comment>
        <extracomment>Policy source T5.</extracomment>
        <translation>Pomoc techniczna eDesk: jak uniknąć zawieszenia wiadomości (dzienny limit, linki do sklepu, logotypy, usuwanie adresów e-mail)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>3Dsellers, Nov 2020 compliance checklist</source>
        <comment>T6</comment>
        <extracomment>Policy source T6.</extracomment>
        <translation>3Dsellers, lista kontrolna zgodności z listopada 2020 r.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reproduction of Amazon&apos;s Nov 2019 &apos;clarification to communication guidelines&apos; (includes `[Important]` misuse and &apos;content that differs from the contact reason&apos;)</source>
        <comment>T7</comment>
        <extracomment>Policy source T7.</extracomment>
        <translation>Przedruk „wyjaśnienia wytycznych dotyczących komunikacji” Amazon z listopada 2019 r. (m.in. nadużywanie `[Important]` i „treść niezgodna z powodem kontaktu”)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ReplyManager on opt-out (claims buyers cannot opt out of Handmade/custom-order messages)</source>
        <comment>T8</comment>
        <extracomment>Policy source T8.</extracomment>
        <translation>ReplyManager o rezygnacji z wiadomości (twierdzi, że kupujący nie mogą zrezygnować z wiadomości dotyczących zamówień Handmade i zamówień personalizowanych)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FeedbackFive, 2017 opt-out history</source>
        <comment>T9</comment>
        <extracomment>Policy source T9.</extracomment>
        <translation>FeedbackFive, historia wprowadzenia rezygnacji z wiadomości w 2017 r.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coverage of the 2025 `[Important]` change</source>
        <comment>T10</comment>
        <extracomment>Policy source T10.</extracomment>
        <translation>Omówienia zmiany dotyczącej `[Important]` z 2025 r.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seller reports of keyword-triggered enforcement (late 2025)</source>
        <comment>T11</comment>
        <extracomment>Policy source T11.</extracomment>
        <translation>Relacje sprzedawców o sankcjach wywoływanych słowami kluczowymi (koniec 2025 r.)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FeedbackExpress guidance (no storefront links; review-page link tolerated)</source>
        <comment>T12</comment>
        <extracomment>Policy source T12.</extracomment>
        <translation>Wskazówki FeedbackExpress (bez linków do sklepu; link do strony recenzji tolerowany)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sonemos, Nov 2020 (plain logos fine; manuals/warranty mails fine)</source>
        <comment>T13</comment>
        <extracomment>Policy source T13.</extracomment>
        <translation>Sonemos, listopad 2020 r. (zwykłe logotypy są w porządku; wiadomości z instrukcjami i gwarancją są w porządku)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chinese summary of an earlier guideline wording (phone numbers tied to warranty/carrier/manufacturer, attachments needed to resolve an issue, descriptive link text)</source>
        <comment>T14</comment>
        <extracomment>Policy source T14.</extracomment>
        <translation>Chińskie streszczenie wcześniejszego brzmienia wytycznych (numery telefonów związane z gwarancją, przewoźnikiem lub producentem, załączniki potrzebne do rozwiązania problemu, opisowy tekst linków)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>StarQuester glossary (Request a Review: one per order, 5–30 days after delivery)</source>
        <comment>T15</comment>
        <extracomment>Policy source T15.</extracomment>
        <translation>Słowniczek StarQuester („Poproś o recenzję”: jedna prośba na zamówienie, 5–30 dni po dostawie)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trendle docs (claims on per-order and 6-month limits, unverified)</source>
        <comment>T16</comment>
        <extracomment>Policy source T16.</extracomment>
        <translation>Dokumentacja Trendle (twierdzenia o limitach na zamówienie i o limicie 6 miesięcy, niezweryfikowane)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ChannelX, Sep 2020 (guidelines became a programme policy; spelling rules bite in non-English marketplaces)</source>
        <comment>T17</comment>
        <extracomment>Policy source T17.</extracomment>
        <translation>ChannelX, wrzesień 2020 r. (wytyczne stały się zasadami programu; zasady pisowni mają znaczenie w sklepach nieanglojęzycznych)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AMZ Alliance quoting the older &apos;Prohibited seller activities&apos; wording (courteous, relevant, appropriate)</source>
        <comment>T18</comment>
        <extracomment>Policy source T18.</extracomment>
        <translation>AMZ Alliance cytujący starsze brzmienie zasad „Prohibited seller activities” (wiadomości uprzejme, na temat, stosowne)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Feedvisor, updated 2026 (claims an AI filter scans outgoing messages, unverified)</source>
        <comment>T19</comment>
        <extracomment>Policy source T19.</extracomment>
        <translation>Feedvisor, aktualizacja z 2026 r. (twierdzi, że filtr AI skanuje wiadomości wychodzące, niezweryfikowane)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reproduction of the Communication Guidelines &apos;order status messages&apos; section (Problem with Order, returns, do not ask buyers to cancel)</source>
        <comment>T20</comment>
        <extracomment>Policy source T20.</extracomment>
        <translation>Przedruk sekcji wytycznych dotyczących komunikacji o „wiadomościach o statusie zamówienia” („Problem z zamówieniem”, zwroty, zakaz proszenia kupujących o anulowanie)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Jungle Scout explainer of Prohibited Seller Activities (no price increases after the sale)</source>
        <comment>T21</comment>
        <extracomment>Policy source T21.</extracomment>
        <translation>Objaśnienie Jungle Scout dotyczące niedozwolonych działań sprzedawców (bez podwyżek cen po sprzedaży)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seller Labs on messaging suspensions (asking for personal information, complaint rate)</source>
        <comment>T22</comment>
        <extracomment>Policy source T22.</extracomment>
        <translation>Seller Labs o zawieszeniu możliwości wysyłania wiadomości (proszenie o dane osobowe, wskaźnik skarg)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>eCommerce Nurse, Oct 2020 (&apos;within 30 days of order completion&apos; wording, enforcement date 6 Nov 2020)</source>
        <comment>T23</comment>
        <extracomment>Policy source T23.</extracomment>
        <translation>eCommerce Nurse, październik 2020 r. (sformułowanie „within 30 days of order completion”, czyli w ciągu 30 dni od realizacji zamówienia; data egzekwowania 6 listopada 2020 r.)</translation>
    </message>
</context>
</TS>
