<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccountCheck</name>
    <message>
        <location filename="../composer/services/account_check.py" line="+69"/>
        <source>nothing to test: the account has neither LWA credentials nor an SMTP server</source>
        <translation>rien à tester&#xa0;: le compte n’a ni identifiants LWA ni serveur SMTP</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not set up (no LWA credentials)</source>
        <translation>non configuré (aucun identifiant LWA)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not tried: a secret is missing</source>
        <translation>non testé&#xa0;: il manque un secret</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not set up (no SMTP server)</source>
        <translation>non configuré (aucun serveur SMTP)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not tried: the SMTP password is missing</source>
        <translation>non testé&#xa0;: il manque le mot de passe SMTP</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no sender address: e-mail cannot be sent without one</source>
        <translation>aucune adresse d’expéditeur&#xa0;: impossible d’envoyer un e-mail sans elle</translation>
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
        <translation>secrets absents de {keyring} pour ce compte&#xa0;: {secrets}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{keyring} holds {secrets}</source>
        <translation>secrets présents dans {keyring}&#xa0;: {secrets}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{address} gave an access token</source>
        <translation>{address} a fourni un jeton d’accès</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../composer/ui/accounts_dialog.py" line="+186"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Marketplace:</source>
        <translation>&amp;Site de vente&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region:</source>
        <translation>Région&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>LWA client &amp;ID:</source>
        <translation>&amp;ID client LWA&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWA client &amp;secret:</source>
        <translation>Secret &amp;client LWA&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh token:</source>
        <translation>&amp;Jeton d’actualisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SMTP ser&amp;ver:</source>
        <translation>Ser&amp;veur SMTP&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sec&amp;urity:</source>
        <translation>Séc&amp;urité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>U&amp;tilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorised se&amp;nder:</source>
        <translation>E&amp;xpéditeur autorisé&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SP-API &amp;endpoint:</source>
        <translation>Point de terminaison SP-&amp;API&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;LWA endpoint:</source>
        <translation>Point de terminaison &amp;LWA&#xa0;:</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+1"/>
        <source>Add a seller account</source>
        <translation>Ajouter un compte vendeur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketplace</source>
        <translation>Site de vente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyring problem</source>
        <translation>Problème de trousseau de clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWA client ID</source>
        <translation>ID client LWA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWA client secret</source>
        <translation>Secret client LWA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh token</source>
        <translation>Jeton d’actualisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP port</source>
        <translation>Port SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP security</source>
        <translation>Sécurité SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP user</source>
        <translation>Utilisateur SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP password</source>
        <translation>Mot de passe SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorised sender</source>
        <translation>Expéditeur autorisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoints for testing</source>
        <translation>Points de terminaison de test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SP-API endpoint</source>
        <translation>Point de terminaison SP-API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWA endpoint</source>
        <translation>Point de terminaison LWA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form problem</source>
        <translation>Problème dans le formulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add account</source>
        <translation>Ajouter le compte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Shop DE</source>
        <translation>ex.&#xa0;: Boutique FR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>service@your-shop.com</source>
        <translation>service@votre-boutique.fr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use Amazon&apos;s SP-API sandbox (test calls; nothing reaches a buyer)</source>
        <translation>Utiliser le sandbox SP-API d’Amazon (appels de test&#xa0;; aucun acheteur n’est contacté)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selling Partner API (Login with Amazon credentials of your app)</source>
        <translation>Selling Partner API (identifiants Login with Amazon de votre application)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail to the buyer&apos;s Amazon address</source>
        <translation>E-mail à l’adresse Amazon de l’acheteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usual port</source>
        <translation>port habituel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An address authorised for Buyer-Seller Messaging in Seller Central: Amazon&apos;s relay drops mail from any other</source>
        <translation>Une adresse autorisée pour la Messagerie acheteur-vendeur dans Seller Central&#xa0;: le relais d’Amazon rejette les e-mails de toute autre adresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endpoints for testing (instead of Amazon&apos;s hosts)</source>
        <translation>Points de terminaison de test (à la place des serveurs d’Amazon)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://… (http only to 127.0.0.1)</source>
        <translation>https://… (http seulement vers 127.0.0.1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{problem}
The account can still be added without secrets.</source>
        <translation>{problem}
Le compte peut quand même être ajouté sans secrets.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account was not added: {error}</source>
        <translation>Le compte n’a pas été ajouté&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SP-API needs all three credentials, or none; missing: {secrets}.</source>
        <translation>La SP-API exige les trois identifiants, ou aucun&#xa0;; il manque&#xa0;: {secrets}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An SMTP password was given without an SMTP user.</source>
        <translation>Un mot de passe SMTP a été saisi sans utilisateur SMTP.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An authorised sender needs the SMTP server to send from.</source>
        <translation>Un expéditeur autorisé nécessite un serveur SMTP d’envoi.</translation>
    </message>
</context>
<context>
    <name>AccountWords</name>
    <message>
        <location filename="../composer/services/accounts.py" line="+165"/>
        <source>The {what} {url} is not a URL: {reason}</source>
        <extracomment>{what} is &quot;SP-API endpoint&quot; or &quot;LWA endpoint&quot;, {url} the address as typed.</extracomment>
        <translation>Le {what} {url} n’est pas une URL&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The {what} {url} is not an https:// URL with a host name</source>
        <translation>Le {what} {url} n’est pas une URL https:// avec un nom d’hôte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The {what} {url} uses plain http to another machine; use https (plain http is allowed only to this machine: 127.0.0.1, ::1, localhost)</source>
        <translation>Le {what} {url} utilise http non chiffré vers une autre machine&#xa0;; utilisez https (http n’est autorisé que vers cette machine&#xa0;: 127.0.0.1, ::1, localhost)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The {what} must not hold a user name or password; secrets go in the keyring</source>
        <translation>Le {what} ne doit contenir ni nom d’utilisateur ni mot de passe&#xa0;; les secrets vont dans le trousseau de clés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The {what} {url} must not have a query or fragment</source>
        <translation>Le {what} {url} ne doit contenir ni requête ni fragment</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The {what} {address} is not an e-mail address</source>
        <extracomment>{what} names the address (&quot;sender&quot;), {address} is the address as typed.</extracomment>
        <translation>L’adresse {address} indiquée comme {what} n’est pas une adresse e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sender</source>
        <translation>expéditeur</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The account name {name} is not usable: 1 to 64 letters, digits, spaces and . _ - @ +, not starting or ending with a space</source>
        <translation>Le nom de compte {name} n’est pas utilisable&#xa0;: de 1 à 64 lettres, chiffres, espaces et . _ - @ +, sans espace au début ni à la fin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown region {region}; use NA, EU or FE</source>
        <translation>Région inconnue {region}&#xa0;; utilisez NA, EU ou FE</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Marketplace {code} ({country}) is served by the {region} region, not {account_region}</source>
        <translation>Le site de vente {code} ({country}) dépend de la région {region}, et non de {account_region}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SP-API endpoint</source>
        <translation>point de terminaison SP-API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LWA endpoint</source>
        <translation>point de terminaison LWA</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown SMTP security {security}; use starttls, ssl or plain</source>
        <translation>Sécurité SMTP inconnue {security}&#xa0;; utilisez starttls, ssl ou plain</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown secret name {key}</source>
        <translation>Nom de secret inconnu {key}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The SMTP host {host} is not a host name</source>
        <translation>Le serveur SMTP {host} n’est pas un nom d’hôte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SMTP settings need the SMTP host</source>
        <translation>Les paramètres SMTP doivent indiquer le serveur SMTP</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The SMTP port {port} is not between 1 and 65535</source>
        <translation>Le port SMTP {port} n’est pas compris entre 1 et 65535</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Plain SMTP (no encryption) to {host} would send the password and the buyer&apos;s message in clear; use starttls or ssl (plain is allowed only to this machine)</source>
        <translation>Le mode SMTP plain (sans chiffrement) vers {host} enverrait en clair le mot de passe et le message de l’acheteur&#xa0;; utilisez starttls ou ssl (plain n’est autorisé que vers cette machine)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The SMTP user name is empty or has a line break</source>
        <translation>Le nom d’utilisateur SMTP est vide ou contient un saut de ligne</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Create a new client secret for the app in Amazon&apos;s Developer Console (Amazon e-mails a notice 90 days ahead) and save it with: {command}</source>
        <extracomment>{command} is the command to type, as it is.</extracomment>
        <translation>Créez un nouveau secret client pour l’application dans la Developer Console d’Amazon (Amazon prévient par e-mail 90 jours à l’avance) et enregistrez-le avec&#xa0;: {command}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 day ago</source>
        <translation>il y a 1 jour</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The LWA client secret of account {name} is overdue for rotation: it was saved on {saved}, and Amazon requires a new one every 180 days (due {deadline}, {ago}); SP-API calls fail with an expired secret. {how}</source>
        <extracomment>{ago} is &quot;3 days ago&quot;; {how} says how to rotate the secret.</extracomment>
        <translation>Le secret client LWA du compte {name} aurait déjà dû être renouvelé&#xa0;: il a été enregistré le {saved}, et Amazon en exige un nouveau tous les 180 jours (échéance le {deadline}, {ago})&#xa0;; les appels SP-API échouent avec un secret expiré. {how}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in 1 day</source>
        <translation>dans 1 jour</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n days</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The LWA client secret of account {name} must be rotated by {deadline} ({when}): Amazon requires a new one every 180 days and SP-API calls fail after that day. {how}</source>
        <extracomment>{when} is &quot;today&quot; or &quot;in 3 days&quot;; {how} says how to rotate the secret.</extracomment>
        <translation>Le secret client LWA du compte {name} doit être renouvelé d’ici le {deadline} ({when})&#xa0;: Amazon en exige un nouveau tous les 180 jours et les appels SP-API échouent après cette date. {how}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The keyring holds no {secret} for account {name}; save it with: {command}</source>
        <translation>Secret absent du trousseau de clés pour le compte {name}&#xa0;: {secret}&#xa0;; enregistrez-le avec&#xa0;: {command}</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+48"/>
        <source>The {secret} is empty</source>
        <translation>{secret}&#xa0;: la valeur est vide</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>An account named {name} exists already</source>
        <translation>Un compte nommé {name} existe déjà</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Cannot set aside {path}: {reason}</source>
        <translation>Impossible de mettre {path} de côté&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Another Composer (the window or a command line) is changing the accounts right now; nothing was changed. Try again in a moment.</source>
        <translation>Une autre instance de Composer (la fenêtre ou la ligne de commande) modifie les comptes en ce moment&#xa0;; rien n’a été modifié. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The accounts file {path} is damaged ({reason}); Composer has left it as it is and will not change it. Correct it, or move it away to start again (the secrets stay in the keyring).</source>
        <translation>Le fichier des comptes {path} est endommagé ({reason})&#xa0;; Composer l’a laissé tel quel et ne le modifiera pas. Corrigez-le, ou déplacez-le pour repartir de zéro (les secrets restent dans le trousseau de clés).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read the accounts file {path}: {reason}</source>
        <translation>Impossible de lire le fichier des comptes {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not UTF-8 text</source>
        <translation>pas du texte UTF-8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not JSON: {problem} at line {line}</source>
        <translation>pas du JSON&#xa0;: {problem} à la ligne {line}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a Composer accounts file: no {field}</source>
        <translation>pas un fichier de comptes Composer&#xa0;: aucun {field}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no format version</source>
        <translation>aucune version de format</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The accounts file {path} was written by a newer Composer (format {version}); update Composer to use it. It was left as it is.</source>
        <translation>Le fichier des comptes {path} a été écrit par une version plus récente de Composer (format {version})&#xa0;; mettez Composer à jour pour l’utiliser. Il a été laissé tel quel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{field} is not a list</source>
        <translation>{field} n’est pas une liste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>account {n}: {reason}</source>
        <translation>compte {n}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>account {n}: the name {name} appears twice</source>
        <translation>compte {n}&#xa0;: le nom {name} apparaît deux fois</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+104"/>
        <source>Cannot write the accounts file {path}: {reason}</source>
        <translation>Impossible d’écrire le fichier des comptes {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no account {name} (accounts: {names})</source>
        <translation>Il n’existe aucun compte {name} (comptes&#xa0;: {names})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no account {name} (there are no accounts yet)</source>
        <translation>Il n’existe aucun compte {name} (aucun compte n’a encore été créé)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown secret {key}; the secrets are: {keys}</source>
        <translation>Secret inconnu {key}&#xa0;; les secrets sont&#xa0;: {keys}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>missing {field}</source>
        <translation>{field} manquant</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../composer/ui/accounts_dialog.py" line="-373"/>
        <source>New LWA client secret…</source>
        <translation>Nouveau secret client LWA…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New refresh token…</source>
        <translation>Nouveau jeton d’actualisation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWA client ID…</source>
        <translation>ID client LWA…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP password…</source>
        <translation>Mot de passe SMTP…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LWA client id</source>
        <translation>ID client LWA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWA client secret</source>
        <translation>secret client LWA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refresh token</source>
        <translation>jeton d’actualisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP password</source>
        <translation>mot de passe SMTP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The LWA client secret of “{account}” (Developer Console: your app&apos;s new LWA credentials):</source>
        <translation>Secret client LWA de «&#xa0;{account}&#xa0;» (Developer Console&#xa0;: nouveaux identifiants LWA de votre application)&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The refresh token of “{account}” (from authorising the app again in Seller Central):</source>
        <translation>Jeton d’actualisation de «&#xa0;{account}&#xa0;» (obtenu en autorisant à nouveau l’application dans Seller Central)&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The LWA client ID of “{account}”:</source>
        <translation>ID client LWA de «&#xa0;{account}&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SMTP password of “{account}”:</source>
        <translation>Mot de passe SMTP de «&#xa0;{account}&#xa0;»&#xa0;:</translation>
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
        <translation>Aucune</translation>
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
        <translation>Aucune (uniquement un serveur sur cet ordinateur)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Setup</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyring</source>
        <translation>Trousseau de clés</translation>
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
        <translation>Supprimer le compte «&#xa0;{account}&#xa0;» et effacer ses secrets du trousseau de clés ({secrets})&#xa0;? Les messages déjà dans la boîte d’envoi y restent&#xa0;; ceux encore en attente ne pourront pas être envoyés sans ce compte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the account “{account}”? Messages already in the outbox stay there; those still waiting cannot be sent without it.</source>
        <translation>Supprimer le compte «&#xa0;{account}&#xa0;»&#xa0;? Les messages déjà dans la boîte d’envoi y restent&#xa0;; ceux encore en attente ne pourront pas être envoyés sans ce compte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove account</source>
        <translation>Supprimer le compte</translation>
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
        <translation>rien pour l’instant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{secrets} (missing: {missing})</source>
        <translation>{secrets} (à compléter&#xa0;: {missing})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{result} (Set a secret: {secrets})</source>
        <translation>{result} (Définir un secret&#xa0;: {secrets})</translation>
    </message>
</context>
<context>
    <name>AccountsCli</name>
    <message>
        <location filename="../composer/cli_accounts.py" line="+68"/>
        <source>add, list, remove and test seller accounts (secrets in the OS keyring)</source>
        <translation>ajouter, lister, supprimer et tester les comptes vendeur (secrets dans le trousseau de clés du système)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seller accounts for sending: SP-API (region, marketplace, Login with Amazon credentials) and e-mail (SMTP server, authorised sender). Secrets go to the OS keyring only, and are never given as arguments: Composer asks for them on a terminal, or reads name=value lines from standard input. Exit status 0: done; 1: a problem found (a failed test, no keyring, a missing secret); 2: bad usage or an unreadable accounts file.</source>
        <translation>Comptes vendeur pour l’envoi&#xa0;: SP-API (région, site de vente, identifiants Login with Amazon) et e-mail (serveur SMTP, expéditeur autorisé). Les secrets vont uniquement dans le trousseau de clés du système et ne sont jamais passés en arguments&#xa0;: Composer les demande dans un terminal, ou lit des lignes name=value sur l’entrée standard. Code de sortie 0&#xa0;: terminé&#xa0;; 1&#xa0;: problème détecté (test en échec, pas de trousseau de clés, secret manquant)&#xa0;; 2&#xa0;: mauvaise utilisation ou fichier des comptes illisible.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>keep the accounts file in DIR, as the window&apos;s --data-dir does (default: your user config folder); secrets stay in the keyring either way</source>
        <translation>conserver le fichier des comptes dans DIR, comme --data-dir pour la fenêtre (par défaut&#xa0;: votre dossier de configuration utilisateur)&#xa0;; les secrets restent dans le trousseau de clés dans tous les cas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>add an account and store its secrets in the keyring</source>
        <translation>ajouter un compte et enregistrer ses secrets dans le trousseau de clés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add an account. Secrets asked for (Enter skips): {secrets}. Without a terminal, or with --secrets-stdin, give them on standard input as name=value lines (e.g. lwa_client_secret=...).</source>
        <extracomment>{secrets}: the secrets&apos; names, as typed on standard input (lwa_client_id, …).</extracomment>
        <translation>Ajouter un compte. Secrets demandés (Entrée pour passer)&#xa0;: {secrets}. Sans terminal, ou avec --secrets-stdin, indiquez-les sur l’entrée standard en lignes name=value (p. ex. lwa_client_secret=...).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a name for the account, e.g. shop-de</source>
        <translation>un nom pour le compte, p. ex. boutique-fr</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the main marketplace: {codes}</source>
        <translation>le site de vente principal&#xa0;: {codes}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the SP-API region (default: the marketplace&apos;s)</source>
        <translation>la région SP-API (par défaut&#xa0;: celle du site de vente)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use Amazon&apos;s SP-API sandbox hosts</source>
        <translation>utiliser les hôtes sandbox de la SP-API d’Amazon</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>send SP-API calls here instead of Amazon&apos;s host (https; http only to this machine)</source>
        <translation>envoyer les appels SP-API ici plutôt qu’à l’hôte d’Amazon (https&#xa0;; http seulement vers cette machine)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>exchange tokens here instead of Login with Amazon (https; http only to this machine)</source>
        <translation>échanger les jetons ici plutôt qu’auprès de Login with Amazon (https&#xa0;; http seulement vers cette machine)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the SMTP server for e-mail to buyers</source>
        <translation>le serveur SMTP pour les e-mails aux acheteurs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>default: 587, 465 for ssl, 25 for plain</source>
        <translation>par défaut&#xa0;: 587, 465 pour ssl, 25 pour plain</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>starttls (default), ssl, or plain (only to this machine)</source>
        <translation>starttls (par défaut), ssl ou plain (seulement vers cette machine)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the SMTP login name</source>
        <translation>l’identifiant de connexion SMTP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the From address: one authorised for Buyer-Seller Messaging in Seller Central</source>
        <translation>l’adresse d’expéditeur (From)&#xa0;: une adresse autorisée pour la Messagerie acheteur-vendeur dans Seller Central</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>list the accounts (never a secret)</source>
        <translation>lister les comptes (jamais un secret)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the accounts: settings, which secrets the keyring holds (never their values), and client-secret rotation reminders.</source>
        <translation>Lister les comptes&#xa0;: paramètres, secrets présents dans le trousseau de clés (jamais leurs valeurs) et rappels de renouvellement du secret client.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>remove an account and its secrets</source>
        <translation>supprimer un compte et ses secrets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove an account and delete its secrets from the keyring.</source>
        <translation>Supprimer un compte et effacer ses secrets du trousseau de clés.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>check the keyring, Login with Amazon and the SMTP login</source>
        <translation>vérifier le trousseau de clés, Login with Amazon et la connexion SMTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the keyring holds each secret the account needs, that Login with Amazon exchanges its refresh token for an access token, and that the SMTP server accepts its login. Nothing is sent to a buyer.</source>
        <translation>Vérifier que le trousseau de clés contient chaque secret dont le compte a besoin, que Login with Amazon échange son jeton d’actualisation contre un jeton d’accès et que le serveur SMTP accepte sa connexion. Rien n’est envoyé à un acheteur.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>per connection</source>
        <translation>délai par connexion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>store or replace one secret (e.g. a rotated LWA client secret)</source>
        <translation>enregistrer ou remplacer un secret (p. ex. un secret client LWA renouvelé)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store or replace one secret of an account: {secrets}. Asked for on a terminal; otherwise read from standard input (the value alone, or name=value). Saving lwa_client_secret restarts its 180-day rotation reminder.</source>
        <extracomment>{secrets}: the secrets&apos; names, as typed on the command line (lwa_client_id, …).</extracomment>
        <translation>Enregistrer ou remplacer un secret d’un compte&#xa0;: {secrets}. Demandé dans un terminal&#xa0;; sinon lu sur l’entrée standard (la valeur seule, ou name=value). Enregistrer lwa_client_secret relance son rappel de renouvellement à 180 jours.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>read secrets from standard input as name=value lines even on a terminal</source>
        <translation>lire les secrets sur l’entrée standard en lignes name=value, même dans un terminal</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>An account named {account} exists already</source>
        <translation>Un compte nommé {account} existe déjà</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SP-API needs all three of {secrets}, or none; missing: {missing}</source>
        <translation>La SP-API exige les trois secrets {secrets}, ou aucun&#xa0;; il manque&#xa0;: {missing}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an smtp_password was given, but the account has no --smtp-user</source>
        <translation>un smtp_password a été fourni, mais le compte n’a pas de --smtp-user</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added account {account}: {region}, {marketplace} (Amazon.{domain}), {mode}.</source>
        <translation>Compte {account} ajouté&#xa0;: {region}, {marketplace} (Amazon.{domain}), {mode}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Secrets in the keyring ({keyring}): {secrets}.</source>
        <translation>Secrets dans le trousseau de clés ({keyring})&#xa0;: {secrets}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No secrets given: add them with composer accounts set-secret.</source>
        <translation>Aucun secret fourni&#xa0;: ajoutez-les avec composer accounts set-secret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check it with: composer accounts test {account}</source>
        <translation>Vérifiez-le avec&#xa0;: composer accounts test {account}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{label} ({key}; Enter to skip): </source>
        <translation>{label} ({key}&#xa0;; Entrée pour passer)&#xa0;: </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{label} ({key}): </source>
        <translation>{label} ({key})&#xa0;: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no {key} given; nothing changed</source>
        <translation>aucun {key} fourni&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the {label} of account {account} in the keyring.</source>
        <translation>{label} du compte {account} enregistré dans le trousseau de clés.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon requires the next rotation by {date} (180 days).</source>
        <translation>Amazon exige le prochain renouvellement d’ici le {date} (180 jours).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No accounts yet; add one with: composer accounts add NAME --marketplace CODE</source>
        <translation>Aucun compte pour l’instant&#xa0;; ajoutez-en un avec&#xa0;: composer accounts add NAME --marketplace CODE</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>; client secret saved {date}</source>
        <translation>&#xa0;; secret client enregistré le {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SP-API: {url}, LWA {lwa_url} (secrets set: {secrets}{saved})</source>
        <extracomment>{saved} is empty or &quot;; client secret saved {date}&quot;.</extracomment>
        <translation>SP-API&#xa0;: {url}, LWA {lwa_url} (secrets définis&#xa0;: {secrets}{saved})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SP-API: not set up (no LWA credentials)</source>
        <translation>SP-API&#xa0;: non configurée (pas d’identifiants LWA)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, user {user}</source>
        <translation>, utilisateur {user}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, no login</source>
        <translation>, sans identifiant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (secret set: smtp_password)</source>
        <translation> (secret défini&#xa0;: smtp_password)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (no smtp_password set)</source>
        <translation> (aucun smtp_password défini)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no sender set</source>
        <translation>aucun expéditeur défini</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e-mail: {host}:{port} {security}{login}, from {sender}{password}</source>
        <extracomment>{login} is &quot;, user {user}&quot; or &quot;, no login&quot;; {password} says whether the keyring holds the SMTP password, or is empty.</extracomment>
        <translation>e-mail&#xa0;: {host}:{port} {security}{login}, expéditeur {sender}{password}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e-mail: not set up (no SMTP server)</source>
        <translation>e-mail&#xa0;: non configuré (pas de serveur SMTP)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Removed account {account} and its secrets from the keyring.</source>
        <translation>Compte {account} et ses secrets supprimés du trousseau de clés.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Testing account {account}:</source>
        <translation>Test du compte {account}&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{problem}. Save: {commands}</source>
        <extracomment>{problem}: which secrets are missing; {commands}: the commands to save them.</extracomment>
        <translation>{problem}. Pour les enregistrer&#xa0;: {commands}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{problem} Save it with: {commands}</source>
        <translation>{problem} Enregistrez-le avec&#xa0;: {commands}</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>standard input, line {line}: not a name=value line (names: {names})</source>
        <translation>entrée standard, ligne {line}&#xa0;: pas une ligne name=value (noms&#xa0;: {names})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>standard input, line {line}: unknown secret {name} (names: {names})</source>
        <translation>entrée standard, ligne {line}&#xa0;: secret inconnu {name} (noms&#xa0;: {names})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>standard input, line {line}: {name} given twice</source>
        <translation>entrée standard, ligne {line}&#xa0;: {name} indiqué deux fois</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>standard input, line {line}: {name} is empty</source>
        <translation>entrée standard, ligne {line}&#xa0;: {name} est vide</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>standard input holds %n lines; give the {key} alone</source>
        <translation>
            <numerusform>l’entrée standard contient %n ligne&#xa0;; indiquez seulement la valeur de {key}</numerusform>
            <numerusform>l’entrée standard contient %n lignes&#xa0;; indiquez seulement la valeur de {key}</numerusform>
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
        <translation>production</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>setup</source>
        <comment>a step of accounts test</comment>
        <translation>configuration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keyring</source>
        <comment>a step of accounts test</comment>
        <translation>trousseau de clés</translation>
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
        <translation>Comptes vendeur</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Keyring</source>
        <translation>Trousseau de clés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketplace</source>
        <translation>Site de vente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up for</source>
        <translation>Configuré pour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secrets in the keyring</source>
        <translation>Secrets dans le trousseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account details</source>
        <translation>Détails du compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a &amp;secret</source>
        <translation>Définir un &amp;secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a secret</source>
        <translation>Définir un secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove…</source>
        <translation>Su&amp;pprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test account</source>
        <translation>Tester le compte</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Checking the keyring…</source>
        <translation>Vérification du trousseau de clés…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Secrets are kept in the system keyring ({keyring}), nowhere else.</source>
        <translation>Les secrets sont conservés dans le trousseau de clés du système ({keyring}), nulle part ailleurs.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keyring cannot be used: {error}</source>
        <translation>Le trousseau de clés est inutilisable&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Client secret due {date}</source>
        <translation>Secret client à renouveler d’ici le {date}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No seller account yet. Add one to send by the SP-API or by e-mail.</source>
        <translation>Aucun compte vendeur pour l’instant. Ajoutez-en un pour envoyer via la SP-API ou par e-mail.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>SP-API: {sp_api}; Login with Amazon: {lwa}</source>
        <translation>SP-API&#xa0;: {sp_api}&#xa0;; Login with Amazon&#xa0;: {lwa}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SP-API: not set up (no Login with Amazon credentials).</source>
        <translation>SP-API&#xa0;: non configurée (aucun identifiant Login with Amazon).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no sender set</source>
        <translation>aucun expéditeur défini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail: {server} ({security}, user {user}), from {sender}</source>
        <translation>E-mail&#xa0;: {server} ({security}, utilisateur {user}), expéditeur {sender}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail: {server} ({security}, no login), from {sender}</source>
        <translation>E-mail&#xa0;: {server} ({security}, sans authentification), expéditeur {sender}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-mail: not set up (no mail server).</source>
        <translation>E-mail&#xa0;: non configuré (aucun serveur de messagerie).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{notice}. Here: Set a secret › New LWA client secret…</source>
        <translation>{notice}. Ici&#xa0;: Définir un secret › Nouveau secret client LWA…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Testing… (nothing is sent to a buyer)</source>
        <translation>Test en cours… (rien n’est envoyé à l’acheteur)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The test could not run: {error}</source>
        <translation>Le test n’a pas pu être effectué&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Saving the {secret}…</source>
        <translation>Enregistrement en cours ({secret})…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved: {error}</source>
        <translation>Non enregistré&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved. The next rotation is due by {date}.</source>
        <translation>Enregistré. Prochain renouvellement à faire d’ici le {date}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“{account}” was not removed: {error}</source>
        <translation>«&#xa0;{account}&#xa0;» n’a pas été supprimé&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../composer/app.py" line="+42"/>
        <source>Open the Composer window (composer check … runs the checker instead).</source>
        <translation>Ouvre la fenêtre de Composer (composer check … lance la vérification à la place).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>open the window on a sample message, print its check and exit</source>
        <translation>ouvrir la fenêtre sur un message d’exemple, afficher sa vérification et quitter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>keep drafts, templates, the dictionary, settings and seller accounts here (default: your user data and config folders; secrets stay in the system keyring)</source>
        <translation>conserver ici les brouillons, les modèles, le dictionnaire, les réglages et les comptes vendeur (par défaut&#xa0;: vos dossiers de données et de configuration utilisateur&#xa0;; les secrets restent dans le trousseau de clés du système)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Composer cannot keep drafts: {error}</source>
        <translation>Composer ne peut pas conserver les brouillons&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The drafts database cannot be opened: {error}</source>
        <translation>Impossible d’ouvrir la base de données des brouillons&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The drafts database cannot be opened: {error}

Set it aside (it is kept, renamed) and start with an empty one?</source>
        <translation>Impossible d’ouvrir la base de données des brouillons&#xa0;: {error}

La mettre de côté (elle est conservée sous un autre nom) et repartir d’une base vide&#xa0;?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The old database was kept as {path}.</source>
        <translation>L’ancienne base de données a été conservée sous {path}.</translation>
    </message>
</context>
<context>
    <name>AttachmentWords</name>
    <message>
        <location filename="../composer/services/attachments.py" line="+80"/>
        <source>{file}: not a file (a folder or a device)</source>
        <translation>{file}&#xa0;: n’est pas un fichier (c’est un dossier ou un périphérique)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file}: cannot be read ({reason})</source>
        <translation>{file}&#xa0;: illisible ({reason})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{file}: larger than 10 MB, more than Amazon takes</source>
        <translation>{file}&#xa0;: plus de 10 Mo, au-delà de ce qu’Amazon accepte</translation>
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
        <translation>Objet de l’e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} preview</source>
        <translation>Aperçu ({channel})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{channel} length</source>
        <translation>Longueur ({channel})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this channel removes or changes:</source>
        <translation>Ce que ce canal supprime ou modifie&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What {channel} removes or changes</source>
        <translation>Ce que le canal {channel} supprime ou modifie</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Subject: {subject}</source>
        <translation>Objet&#xa0;: {subject}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject: (none)</source>
        <translation>Objet&#xa0;: (aucun)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(an empty message)</source>
        <translation>(message vide)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No text is sent with this message type.</source>
        <translation>Aucun texte n’est envoyé avec ce type de message.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing: the buyer gets the message as shown</source>
        <translation>Rien&#xa0;: l’acheteur reçoit le message tel qu’il est affiché</translation>
    </message>
</context>
<context>
    <name>ChannelPreviewDialog</name>
    <message>
        <location line="+45"/>
        <location line="+1"/>
        <source>Channel preview</source>
        <translation>Aperçu du canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{channel} (chosen)</source>
        <translation>{channel} (choisi)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln character(s) of text; no length limit is known for e-mail</source>
        <translation>
            <numerusform>%Ln caractère de texte&#xa0;; aucune limite de longueur connue pour l’e-mail</numerusform>
            <numerusform>%Ln caractères de texte&#xa0;; aucune limite de longueur connue pour l’e-mail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln character(s); no length limit is known for Seller Central&apos;s form</source>
        <translation>
            <numerusform>%Ln caractère&#xa0;; aucune limite de longueur connue pour le formulaire de Seller Central</numerusform>
            <numerusform>%Ln caractères&#xa0;; aucune limite de longueur connue pour le formulaire de Seller Central</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln character(s); the message type “{type}” is unknown, so there is no limit to check</source>
        <translation>
            <numerusform>%Ln caractère&#xa0;; le type de message «&#xa0;{type}&#xa0;» est inconnu, il n’y a donc pas de limite à vérifier</numerusform>
            <numerusform>%Ln caractères&#xa0;; le type de message «&#xa0;{type}&#xa0;» est inconnu, il n’y a donc pas de limite à vérifier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln character(s); choose a message type to see its limit</source>
        <translation>
            <numerusform>%Ln caractère&#xa0;; choisissez un type de message pour voir sa limite</numerusform>
            <numerusform>%Ln caractères&#xa0;; choisissez un type de message pour voir sa limite</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{type}” takes no text: Amazon writes the request itself</source>
        <translation>«&#xa0;{type}&#xa0;» ne prend pas de texte&#xa0;: Amazon rédige lui-même la demande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{type}” takes no text: it sends documents only, none of this text</source>
        <translation>«&#xa0;{type}&#xa0;» ne prend pas de texte&#xa0;: seuls des documents sont envoyés, rien de ce texte</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{count} / {limit} characters allowed for “{type}”: %Ln over the limit</source>
        <translation>
            <numerusform>{count} / {limit} caractères autorisés pour «&#xa0;{type}&#xa0;»&#xa0;: %Ln de trop</numerusform>
            <numerusform>{count} / {limit} caractères autorisés pour «&#xa0;{type}&#xa0;»&#xa0;: %Ln de trop</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} / {limit} characters allowed for “{type}”</source>
        <translation>{count} / {limit} caractères autorisés pour «&#xa0;{type}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../composer/ui/panel.py" line="+52"/>
        <source>Critical: reaches the buyer even if they opted out</source>
        <translation>Critique&#xa0;: parvient à l’acheteur même s’il s’est désinscrit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proactive: permitted, but bounces for buyers who opted out</source>
        <translation>Proactif&#xa0;: autorisé, mais non transmis aux acheteurs désinscrits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forbidden: Amazon does not allow this message</source>
        <translation>Interdit&#xa0;: Amazon n’autorise pas ce message</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>proactive</source>
        <translation>proactif</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>forbidden</source>
        <translation>interdit</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>permitted</source>
        <translation>autorisé</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Policy checks</source>
        <translation>Vérification des règles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message category</source>
        <translation>Catégorie du message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purposes and evidence</source>
        <translation>Finalités et indices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested SP-API message type</source>
        <translation>Type de message SP-API suggéré</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+37"/>
        <location line="+35"/>
        <source>Fix all safe</source>
        <translation>Tout corriger sans risque</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No problems found.</source>
        <translation>Aucun problème détecté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Start writing: the checks appear as you type.</source>
        <translation>Commencez à écrire&#xa0;: les vérifications s’affichent au fil de la saisie.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>SP-API message type: {title} ({id})</source>
        <translation>Type de message SP-API&#xa0;: {title} ({id})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SP-API message type: none fits this message</source>
        <translation>Type de message SP-API&#xa0;: aucun ne convient à ce message</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Fix all safe (%n)</source>
        <translation>
            <numerusform>Tout corriger sans risque (%n)</numerusform>
            <numerusform>Tout corriger sans risque (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>Errors (%n)</source>
        <translation>
            <numerusform>Erreur (%n)</numerusform>
            <numerusform>Erreurs (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Warnings (%n)</source>
        <translation>
            <numerusform>Avertissement (%n)</numerusform>
            <numerusform>Avertissements (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Notes (%n)</source>
        <translation>
            <numerusform>Information (%n)</numerusform>
            <numerusform>Informations (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>“{phrase}”</source>
        <extracomment>A phrase that showed the purpose, quoted as your language quotes.</extracomment>
        <translation>«&#xa0;{phrase}&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Purposes:</source>
        <translation>Finalités&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../composer/cli.py" line="+57"/>
        <source>unrecognized arguments (not repeated here, in case one is a secret: secrets are asked for, or read from standard input, never given as arguments)</source>
        <translation>arguments non reconnus (non répétés ici, au cas où l’un d’eux serait un secret&#xa0;: les secrets sont demandés, ou lus sur l’entrée standard, jamais passés en arguments)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write Amazon buyer messages that Amazon will accept.</source>
        <translation>Rédiger des messages aux acheteurs qu’Amazon acceptera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without a command, composer opens its window (options: --data-dir DIR to keep drafts there, --smoke-test to open it on a sample message, print the check and exit).</source>
        <translation>Sans commande, composer ouvre sa fenêtre (options&#xa0;: --data-dir DIR pour y conserver les brouillons, --smoke-test pour l’ouvrir sur un message d’exemple, afficher la vérification et quitter).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>check message files against Amazon&apos;s messaging rules</source>
        <translation>vérifier des fichiers de message selon les règles de messagerie d’Amazon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check message files (.txt, .html, .htm, .eml, .json; a folder is searched for them; - reads standard input) against Amazon&apos;s buyer-seller messaging rules. Exit status 0: nothing blocks sending; 1: an error-level finding or a forbidden message; 2: bad usage or an unreadable file.</source>
        <translation>Vérifier des fichiers de message (.txt, .html, .htm, .eml, .json&#xa0;; un dossier est parcouru pour les trouver&#xa0;; - lit l’entrée standard) selon les règles de la Messagerie acheteur-vendeur d’Amazon. Code de sortie 0&#xa0;: rien ne bloque l’envoi&#xa0;; 1&#xa0;: un signalement de niveau erreur ou un message interdit&#xa0;; 2&#xa0;: mauvaise utilisation ou fichier illisible.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>channel for files that do not name one (default: email)</source>
        <translation>canal pour les fichiers qui n’en indiquent pas (par défaut&#xa0;: email)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the buyer&apos;s language of preference for files that do not give one</source>
        <translation>la langue préférée de l’acheteur pour les fichiers qui n’en indiquent pas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>judge dates as of this day (default: today)</source>
        <translation>évaluer les dates comme si l’on était ce jour-là (par défaut&#xa0;: aujourd’hui)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>treat styling, spelling and grammar warnings as errors</source>
        <translation>traiter les avertissements de style, d’orthographe et de grammaire comme des erreurs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>your spelling dictionary: one word per line</source>
        <translation>votre dictionnaire orthographique&#xa0;: un mot par ligne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>do not report this rule (repeatable)</source>
        <translation>ne pas signaler cette règle (option répétable)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list the rules</source>
        <translation>lister les règles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List every rule with its severity and source.</source>
        <translation>Lister toutes les règles avec leur gravité et leur source.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not a date (YYYY-MM-DD): {value}</source>
        <translation>date non valide (AAAA-MM-JJ)&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>unknown rule for --disable: {rule}</source>
        <translation>règle inconnue pour --disable&#xa0;: {rule}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read the dictionary {path}: {error}</source>
        <translation>impossible de lire le dictionnaire {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>folder holds no message files ({suffixes})</source>
        <translation>le dossier ne contient aucun fichier de message ({suffixes})</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>{checked}, {blocked}; {errors}, {warnings}, {notes}</source>
        <translation>{checked}, {blocked}&#xa0;; {errors}, {warnings}, {notes}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n checked</source>
        <translation>
            <numerusform>%n message vérifié</numerusform>
            <numerusform>%n messages vérifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n cannot be sent as written</source>
        <translation>
            <numerusform>%n ne peut pas être envoyé tel quel</numerusform>
            <numerusform>%n ne peuvent pas être envoyés tels quels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n information</numerusform>
            <numerusform>%n informations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>; %n could not be read</source>
        <translation>
            <numerusform>&#xa0;; %n n’a pas pu être lu</numerusform>
            <numerusform>&#xa0;; %n n’ont pas pu être lus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryWords</name>
    <message>
        <location filename="../composer/services/recorded.py" line="+92"/>
        <source>Not sent yet: {reason} It goes out when the connection is back.</source>
        <translation>Pas encore envoyé&#xa0;: {reason} Il partira dès le retour de la connexion.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amazon asked to wait: {reason}</source>
        <translation>Amazon a demandé d’attendre&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot reach the mail server {server} ({why}); nothing was sent.</source>
        <translation>Impossible de joindre le serveur de messagerie {server} ({why})&#xa0;; rien n’a été envoyé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the host name is not known</source>
        <translation>le nom d’hôte est inconnu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>connection refused: nothing listens on that port</source>
        <translation>connexion refusée&#xa0;: aucun service n’écoute sur ce port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answer in time</source>
        <translation>pas de réponse dans le délai imparti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon does not allow this message type for this order now ({said}). Ask which types the order allows and choose one of them.</source>
        <translation>Amazon n’autorise pas actuellement ce type de message pour cette commande ({said}). Vérifiez quels types la commande autorise et choisissez-en un.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amazon does not allow this message type for this order now ({said}). Ask which types the order allows and choose one of them. Request id: {reference}.</source>
        <translation>Amazon n’autorise pas actuellement ce type de message pour cette commande ({said}). Vérifiez quels types la commande autorise et choisissez-en un. Identifiant de la requête&#xa0;: {reference}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Account {name} has no SMTP server set up for e-mail</source>
        <translation>Le compte {name} n’a pas de serveur SMTP configuré pour l’envoi d’e-mails</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plain SMTP to {host} is refused: it is allowed only to this machine</source>
        <translation>Le SMTP sans chiffrement vers {host} est refusé&#xa0;: il n’est autorisé que vers cette machine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keyring holds no SMTP password for account {name}; save it with: {command}</source>
        <translation>Le trousseau de clés ne contient aucun mot de passe SMTP pour le compte {name}&#xa0;; enregistrez-le avec&#xa0;: {command}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account {name} has no sender address: set the address authorised for Buyer-Seller Messaging in Seller Central</source>
        <translation>Le compte {name} n’a pas d’adresse d’expéditeur&#xa0;: indiquez l’adresse autorisée pour la Messagerie acheteur-vendeur dans Seller Central</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The e-mail cannot be made: {reason}</source>
        <translation>Impossible de composer l’e-mail&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server {server} does not offer STARTTLS; Composer does not send the password and the message unencrypted (choose ssl if it offers that)</source>
        <translation>Le serveur de messagerie {server} ne propose pas STARTTLS&#xa0;; Composer n’envoie pas en clair le mot de passe et le message (choisissez ssl si le serveur le propose)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The mail server {server} failed the certificate check ({why}); Composer does not send to a server it cannot verify</source>
        <translation>Le certificat du serveur de messagerie {server} n’a pas passé la vérification ({why})&#xa0;; Composer n’envoie rien à un serveur qu’il ne peut pas vérifier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The encrypted connection to {server} failed ({why})</source>
        <translation>La connexion chiffrée avec {server} a échoué ({why})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server {server} closed the connection before the message was sent ({why}); nothing was sent.</source>
        <translation>Le serveur de messagerie {server} a fermé la connexion avant l’envoi du message ({why})&#xa0;; rien n’a été envoyé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The mail server closed the connection during the login ({why}); nothing was sent.</source>
        <translation>Le serveur de messagerie a fermé la connexion pendant l’identification ({why})&#xa0;; rien n’a été envoyé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to the mail server {server} was lost after the message was sent and before the server confirmed it ({why}). The buyer may have received it: check the Buyer-Seller Messages page in Seller Central before sending it again.</source>
        <translation>La connexion au serveur de messagerie {server} a été perdue après l’envoi du message, avant que le serveur ne le confirme ({why}). L’acheteur l’a peut-être reçu&#xa0;: consultez la page Messages acheteur-vendeur dans Seller Central avant de le renvoyer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The mail server offers no login Composer can use on this connection ({offered}); check the SMTP security setting</source>
        <translation>Le serveur de messagerie ne propose sur cette connexion aucune méthode d’identification utilisable par Composer ({offered})&#xa0;; vérifiez le paramètre de sécurité SMTP</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The SMTP user name or password has characters outside ASCII, which the SMTP login cannot carry; use an ASCII password (an app password) for Composer</source>
        <translation>Le nom d’utilisateur ou le mot de passe SMTP contient des caractères non ASCII, que l’identification SMTP ne peut pas transmettre&#xa0;; utilisez pour Composer un mot de passe ASCII (un mot de passe d’application)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>refused the sender {address}</source>
        <translation>a refusé l’expéditeur {address}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused the recipient {address}</source>
        <translation>a refusé le destinataire {address}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused to take the message (DATA)</source>
        <translation>a refusé de recevoir le message (DATA)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>did not accept the message</source>
        <translation>n’a pas accepté le message</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused the connection</source>
        <translation>a refusé la connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused a command</source>
        <translation>a refusé une commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused the greeting (EHLO/HELO)</source>
        <translation>a refusé la présentation (EHLO/HELO)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused the login of {user}</source>
        <translation>a refusé l’identification de {user}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{refusal} (a temporary refusal)</source>
        <translation>{refusal} (refus temporaire)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server {server} {what}: {reply}</source>
        <translation>Le serveur de messagerie {server} {what}&#xa0;: {reply}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sending the {title} message</source>
        <translation>l’envoi du message {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>requesting the review</source>
        <translation>la demande d’avis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>asking which message types the order allows</source>
        <translation>la vérification des types de message autorisés pour la commande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>asking whether a review request is allowed</source>
        <translation>la vérification de la possibilité d’une demande d’avis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>asking for the buyer&apos;s language</source>
        <translation>la récupération de la langue de l’acheteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>preparing the upload of {name}</source>
        <translation>la préparation de l’envoi du fichier {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon found the request invalid</source>
        <translation>Amazon a jugé la requête non valide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon did not accept the access token</source>
        <translation>Amazon n’a pas accepté le jeton d’accès</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amazon denied access: the app may lack the Buyer Communication (or Buyer Solicitation) role, the seller may have to authorize it again after a role was added, or the order belongs to another region&apos;s marketplace</source>
        <translation>Amazon a refusé l’accès&#xa0;: il manque peut-être à l’application le rôle Buyer Communication (ou Buyer Solicitation), le vendeur doit peut-être l’autoriser à nouveau après l’ajout d’un rôle, ou la commande relève du site de vente d’une autre région</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Amazon does not know this order in this marketplace</source>
        <translation>Amazon ne connaît pas cette commande sur ce site de vente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the request is too large for Amazon</source>
        <translation>la requête était trop volumineuse pour Amazon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon did not accept the content type</source>
        <translation>Amazon n’a pas accepté le type de contenu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon refused the request</source>
        <translation>Amazon a refusé la requête</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{hint} while {what} ({said}).</source>
        <extracomment>{hint} is one of the refusals above, {what} what was being done, {said} Amazon&apos;s own words.</extracomment>
        <translation>Lors de {what}, {hint} ({said}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{hint} while {what} ({said}). Request id: {reference}.</source>
        <translation>Lors de {what}, {hint} ({said}). Identifiant de la requête&#xa0;: {reference}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{order} is not an Amazon order id (like 123-1234567-1234567).</source>
        <translation>{order} n’est pas un numéro de commande Amazon (de la forme 123-1234567-1234567).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amazon removed the message type {type} from the SP-API on {day}; it can no longer be sent.</source>
        <translation>Amazon a retiré le type de message {type} de la SP-API le {day}&#xa0;; il ne peut plus être envoyé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{type} is not an SP-API message type.</source>
        <translation>{type} n’est pas un type de message de la SP-API.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{type} is a Solicitations request, not a message: use request_review.</source>
        <translation>{type} est une requête de l’API Solicitations, pas un message&#xa0;: utilisez request_review.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A {title} message carries attachments only; Amazon takes no text with it.</source>
        <translation>Un message {title} ne contient que des pièces jointes&#xa0;; Amazon n’y accepte aucun texte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A {title} message needs text.</source>
        <translation>Un message {title} doit contenir du texte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The text contains HTML (tags or character references); Amazon shows it as plain text, so convert it first.</source>
        <translation>Le texte contient du HTML (balises ou références de caractères)&#xa0;; Amazon l’affiche en texte brut&#xa0;: convertissez-le d’abord.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The text has {count} characters; Amazon takes at most {limit} in a {title} message.</source>
        <translation>Le texte compte {count} caractères&#xa0;; Amazon en accepte au plus {limit} dans un message {title}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A {title} message takes no attachments.</source>
        <translation>Un message {title} n’accepte pas de pièces jointes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A {title} message needs at least 1 attachment.</source>
        <translation>Un message {title} doit comporter au moins 1 pièce jointe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A {title} message needs at least {low} attachments.</source>
        <translation>Un message {title} doit comporter au moins {low} pièces jointes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A {title} message takes at most {high} attachments, not {count}.</source>
        <translation>Un message {title} accepte au plus {high} pièces jointes, et non {count}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The attachment name {name} needs an extension (like invoice.pdf) and no slashes or line breaks: it is the name the buyer sees.</source>
        <translation>Le nom de pièce jointe {name} doit avoir une extension (comme facture.pdf), sans barre oblique ni saut de ligne&#xa0;: c’est le nom que voit l’acheteur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The attachment {name} is empty.</source>
        <translation>La pièce jointe {name} est vide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The attachment {name} has no valid content type ({type}).</source>
        <translation>La pièce jointe {name} n’a pas de type de contenu valide ({type}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The attachments add up to {size} MB; Amazon takes at most {limit} MB per message.</source>
        <translation>Les pièces jointes totalisent {size}&#xa0;Mo&#xa0;; Amazon accepte au plus {limit}&#xa0;Mo par message.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon refused to take the attachment ({said}). Its Uploads API is documented for North-American sellers only, and sellers in the {region} region have been refused with 403: send this message without attachments, or the files by e-mail.</source>
        <translation>Amazon a refusé la pièce jointe ({said}). Son API Uploads n’est documentée que pour les vendeurs d’Amérique du Nord, et des vendeurs de la région {region} ont reçu un refus 403&#xa0;: envoyez ce message sans pièces jointes, ou les fichiers par e-mail.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Amazon refused to take the attachment ({said}). The app needs the Product Listing role for attachments (besides Buyer Communication), and the seller must authorize it again after the role was added.</source>
        <translation>Amazon a refusé la pièce jointe ({said}). Pour les pièces jointes, l’application a besoin du rôle Product Listing (en plus de Buyer Communication), et le vendeur doit l’autoriser à nouveau après l’ajout de ce rôle.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{why} Nothing was sent to the buyer.</source>
        <translation>{why} Rien n’a été envoyé à l’acheteur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{why} Request id: {reference}. Nothing was sent to the buyer.</source>
        <translation>{why} Identifiant de la requête&#xa0;: {reference}. Rien n’a été envoyé à l’acheteur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Login with Amazon could not be reached: {words}. Nothing was sent; try again when the network is back.</source>
        <translation>Impossible de joindre Login with Amazon&#xa0;: {words}. Rien n’a été envoyé&#xa0;; réessayez dès le retour du réseau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Login with Amazon asks to wait before the next sign-in.</source>
        <translation>Login with Amazon demande d’attendre avant une nouvelle identification.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login with Amazon did not answer properly ({status}). Nothing was sent; try again later.</source>
        <translation>Login with Amazon n’a pas répondu correctement ({status}). Rien n’a été envoyé&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login with Amazon answered without an access token.</source>
        <translation>Login with Amazon a répondu sans jeton d’accès.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The refresh token was revoked or is wrong: authorize Composer again in Seller Central and save the new refresh token.</source>
        <translation>Le jeton d’actualisation a été révoqué ou est erroné&#xa0;: autorisez à nouveau Composer dans Seller Central et enregistrez le nouveau jeton d’actualisation.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The client id or secret is wrong, most often because the client secret was rotated (Amazon requires it every 180 days): enter the current secret.</source>
        <translation>L’ID client ou le secret client est erroné, le plus souvent parce que le secret client a été renouvelé (Amazon l’exige tous les 180&#xa0;jours)&#xa0;: saisissez le secret actuel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check the account&apos;s Login with Amazon settings.</source>
        <translation>Vérifiez les paramètres Login with Amazon du compte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login with Amazon refused the credentials: {said}. {advice}</source>
        <translation>Login with Amazon a refusé les identifiants&#xa0;: {said}. {advice}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon could not be reached while {what}: {words}. Nothing was sent; it can be sent when the network is back.</source>
        <translation>Impossible de joindre Amazon lors de {what}&#xa0;: {words}. Rien n’a été envoyé&#xa0;; l’envoi sera possible dès le retour du réseau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The request went out while {what}, but {words}. Amazon may or may not have delivered it; {check}.</source>
        <translation>La requête est partie lors de {what}, mais {words}. Impossible de savoir si Amazon l’a transmise&#xa0;; {check}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amazon did not answer while {what}: {words}. Nothing was sent to the buyer; try again later.</source>
        <translation>Amazon n’a pas répondu lors de {what}&#xa0;: {words}. Rien n’a été envoyé à l’acheteur&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amazon asks to slow down ({said}) while {what}, after {tries} tries. Nothing was sent; it is safe to send after waiting.</source>
        <translation>Amazon demande de ralentir ({said}) lors de {what}, après {tries} tentatives. Rien n’a été envoyé&#xa0;; vous pourrez envoyer sans risque après un temps d’attente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amazon answered {said} while {what}. It may or may not have been delivered; {check}.</source>
        <translation>Lors de {what}, Amazon a répondu par une erreur ({said}). Impossible de savoir si l’envoi a abouti&#xa0;; {check}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon answered {said} while {what}. Nothing was sent to the buyer; try again later.</source>
        <translation>Lors de {what}, Amazon a répondu par une erreur ({said}). Rien n’a été envoyé à l’acheteur&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon&apos;s answer could not be read while {what} (not JSON).</source>
        <translation>Impossible de lire la réponse d’Amazon lors de {what} (ce n’est pas du JSON).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon&apos;s upload destination for {name} is incomplete (no id, address or headers). Nothing was sent to the buyer.</source>
        <translation>La destination d’envoi fournie par Amazon pour {name} est incomplète (identifiant, adresse ou en-têtes manquants). Rien n’a été envoyé à l’acheteur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amazon&apos;s upload address for {name} is not https; the file was not sent. Nothing was sent to the buyer.</source>
        <translation>L’adresse d’envoi fournie par Amazon pour {name} n’est pas en https&#xa0;; le fichier n’a pas été envoyé. Rien n’a été envoyé à l’acheteur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The upload of {name} failed: {words}. Nothing was sent to the buyer; it can be sent again.</source>
        <translation>L’envoi du fichier {name} a échoué&#xa0;: {words}. Rien n’a été envoyé à l’acheteur&#xa0;; le message peut être renvoyé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The upload of {name} failed: Amazon&apos;s storage answered {status} {code}: {said}. Nothing was sent to the buyer; it can be sent again.</source>
        <translation>L’envoi du fichier {name} a échoué&#xa0;: l’espace de stockage d’Amazon a répondu {status} {code}&#xa0;: {said}. Rien n’a été envoyé à l’acheteur&#xa0;; le message peut être renvoyé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The upload of {name} failed: {hint} ({status} {code}: {said}). Nothing was sent to the buyer.</source>
        <translation>L’envoi du fichier {name} a échoué&#xa0;: {hint} ({status} {code}&#xa0;: {said}). Rien n’a été envoyé à l’acheteur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file&apos;s checksum was not in the form Amazon expects</source>
        <translation>la somme de contrôle du fichier n’avait pas le format attendu par Amazon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file changed between its checksum and the upload</source>
        <translation>le fichier a changé entre le calcul de sa somme de contrôle et son envoi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the upload did not carry the headers Amazon signed</source>
        <translation>l’envoi ne comportait pas les en-têtes signés par Amazon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the storage takes the file only by PUT</source>
        <translation>l’espace de stockage n’accepte le fichier que par PUT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the upload address was refused; such an address expires after 15 minutes</source>
        <translation>l’adresse d’envoi a été refusée&#xa0;; ce type d’adresse expire au bout de 15&#xa0;minutes</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>check the buyer-seller messages in Seller Central before sending it again</source>
        <translation>vérifiez les messages acheteur-vendeur dans Seller Central avant de renvoyer le message</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ask whether a review request is still allowed for the order before asking again (if it is no longer allowed, this one went out)</source>
        <translation>vérifiez si une demande d’avis est encore autorisée pour la commande avant d’en envoyer une nouvelle (si elle ne l’est plus, c’est que celle-ci est partie)</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>the file is too large</source>
        <translation>le fichier est trop volumineux</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon&apos;s storage refused it</source>
        <translation>l’espace de stockage d’Amazon l’a refusé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the connection timed out</source>
        <translation>le délai de connexion a expiré</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no answer came before the time limit</source>
        <translation>aucune réponse n’est arrivée dans le délai imparti</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the secure connection failed</source>
        <translation>la connexion sécurisée a échoué</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the proxy refused the connection</source>
        <translation>le proxy a refusé la connexion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the host name could not be resolved</source>
        <translation>le nom d’hôte n’a pas pu être résolu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the connection was refused</source>
        <translation>la connexion a été refusée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the connection was closed before an answer came</source>
        <translation>la connexion a été fermée avant l’arrivée d’une réponse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the connection failed</source>
        <translation>la connexion a échoué</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the request failed</source>
        <translation>la requête a échoué</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a warranty message has coverage dates.</source>
        <translation>Seul un message de type Garantie comporte des dates de garantie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The warranty coverage dates need a time zone (Amazon takes ISO 8601 with an offset).</source>
        <translation>Les dates de la période de garantie doivent comporter un fuseau horaire (Amazon attend le format ISO 8601 avec décalage horaire).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The warranty coverage ends before it starts.</source>
        <translation>La période de garantie se termine avant d’avoir commencé.</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <location filename="../composer/ui/drafts_dialog.py" line="+49"/>
        <location line="+1"/>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Rename draft</source>
        <translation>Renommer le brouillon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this draft for good?</source>
        <translation>Supprimer définitivement ce brouillon&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../composer/ui/export_actions.py" line="+40"/>
        <source>Amazon-safe HTML</source>
        <translation>HTML compatible Amazon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail with HTML and plain text</source>
        <translation>E-mail (HTML et texte brut)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Amazon does not allow messages for this purpose: {purpose}. Take that part out, or do not send the message.</source>
        <translation>Amazon n’autorise pas les messages ayant cette finalité&#xa0;: {purpose}. Retirez ce passage ou n’envoyez pas le message.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon does not allow messages for these purposes: {purposes}. Take that part out, or do not send the message.</source>
        <translation>Amazon n’autorise pas les messages ayant ces finalités&#xa0;: {purposes}. Retirez ces passages ou n’envoyez pas le message.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amazon does not allow this kind of message.</source>
        <translation>Amazon n’autorise pas ce genre de message.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>… and %n more (see the checks panel)</source>
        <translation>
            <numerusform>… et %n autre (voir le panneau des vérifications)</numerusform>
            <numerusform>… et %n autres (voir le panneau des vérifications)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do you want to copy it anyway?</source>
        <translation>Voulez-vous quand même le copier&#xa0;?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy anyway</source>
        <translation>Copier quand même</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do you want to export it anyway?</source>
        <translation>Voulez-vous quand même l’exporter&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export anyway</source>
        <translation>Exporter quand même</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon would not accept this message</source>
        <translation>Amazon n’accepterait pas ce message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm export</source>
        <translation>Confirmer l’exportation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amazon would block or penalise this message:</source>
        <translation>Amazon bloquerait ou sanctionnerait ce message&#xa0;:</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” could not be saved.

{reason}.

The message is still here: choose another folder or name and try again.</source>
        <translation>«&#xa0;{file}&#xa0;» n’a pas pu être enregistré.

{reason}.

Le message est toujours là&#xa0;: choisissez un autre dossier ou un autre nom, puis réessayez.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>message</source>
        <comment>a file name</comment>
        <translation>message</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+1"/>
        <source>Export message</source>
        <translation>Exporter le message</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <location filename="../composer/services/export.py" line="+96"/>
        <source>bold</source>
        <translation>gras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>italic</source>
        <translation>italique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>underline</source>
        <translation>souligné</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>formatting ({formats})</source>
        <extracomment>What a plain-text channel drops: {formats} lists &quot;bold&quot;, &quot;italic&quot;, &quot;underline&quot;.</extracomment>
        <translation>mise en forme ({formats})</translation>
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
        <translation>les listes à puces deviennent des tirets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>numbered lists become &quot;1.&quot; lines</source>
        <translation>les listes numérotées deviennent des lignes «&#xa0;1.&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>links become their address</source>
        <translation>les liens sont remplacés par leur adresse</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>e-mail subject (the API has none)</source>
        <translation>objet de l’e-mail (l’API n’en a pas)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the whole text (Amazon writes the review request itself)</source>
        <translation>tout le texte (Amazon rédige lui-même la demande d’avis)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the text ({type} sends attachments only)</source>
        <translation>le texte ({type} n’envoie que des pièces jointes)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>subject (Seller Central sets it from the contact reason)</source>
        <translation>objet (Seller Central le définit d’après le motif de contact)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the sender is not an e-mail address: {address}</source>
        <translation>l’expéditeur n’est pas une adresse e-mail&#xa0;: {address}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the recipient is not an e-mail address: {address}</source>
        <translation>le destinataire n’est pas une adresse e-mail&#xa0;: {address}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>cannot export to &apos;{suffix}&apos; (use {suffixes})</source>
        <translation>impossible d’exporter au format «&#xa0;{suffix}&#xa0;» (utilisez {suffixes})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot write in {folder}: {reason}</source>
        <translation>impossible d’écrire dans {folder}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write {path}: {reason}</source>
        <translation>impossible d’écrire {path}&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <location filename="../composer/ui/panel.py" line="-393"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>{severity}: {rule}</source>
        <translation>{severity}&#xa0;: {rule}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Why and source</source>
        <translation>Pourquoi et source</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why?</source>
        <translation>Pourquoi&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why: {rule}</source>
        <translation>Pourquoi&#xa0;: {rule}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fix</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix: {rule}</source>
        <translation>Corriger&#xa0;: {rule}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Safe: keeps the meaning</source>
        <translation>Sans risque&#xa0;: le sens est conservé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the result: this fix changes the wording</source>
        <translation>Vérifiez le résultat&#xa0;: cette correction modifie la formulation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suggestions…</source>
        <translation>Suggestions…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggestions: {rule}</source>
        <translation>Suggestions&#xa0;: {rule}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignore…</source>
        <translation>Ignorer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ignore: {rule}</source>
        <translation>Ignorer&#xa0;: {rule}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignore here</source>
        <translation>Ignorer ici</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ignore this rule</source>
        <translation>Ignorer cette règle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add “{word}” to the dictionary</source>
        <translation>Ajouter «&#xa0;{word}&#xa0;» au dictionnaire</translation>
    </message>
    <message>
        <location line="+276"/>
        <source>Sources:</source>
        <translation>Sources&#xa0;:</translation>
    </message>
</context>
<context>
    <name>IgnoredRulesDialog</name>
    <message>
        <location filename="../composer/ui/ignored_dialog.py" line="+50"/>
        <location line="+1"/>
        <source>Ignored rules</source>
        <translation>Règles ignorées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No rule is ignored: every message is checked against all of them.</source>
        <translation>Aucune règle n’est ignorée&#xa0;: chaque message est vérifié au regard de toutes les règles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Check again</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amazon applies these rules whether Composer shows them or not.</source>
        <translation>Amazon applique ces règles, que Composer les affiche ou non.</translation>
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
        <translation>le coffre d’informations d’identification de Windows (Credential Locker) est injoignable (le backend Windows de keyring a besoin du paquet pywin32-ctypes et d’une session utilisateur ouverte)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the macOS Keychain cannot be reached (Composer must run in a logged-in user session that has a login keychain)</source>
        <translation>le trousseau de macOS est injoignable (Composer doit s’exécuter dans une session utilisateur ouverte qui dispose d’un trousseau «&#xa0;session&#xa0;»)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no Secret Service is running. A Secret Service such as GNOME Keyring or KWallet must be running (a desktop session starts one; without a desktop, run Composer under dbus-run-session with gnome-keyring-daemon --unlock --components=secrets)</source>
        <translation>aucun Secret Service n’est en cours d’exécution. Un Secret Service comme GNOME Keyring ou KWallet doit être lancé (une session de bureau en démarre un&#xa0;; sans bureau, lancez Composer sous dbus-run-session avec gnome-keyring-daemon --unlock --components=secrets)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Composer cannot store secrets: {what}. Composer keeps secrets only in the system keyring and refuses to store them anywhere else.</source>
        <extracomment>{what} says what is missing on this system.</extracomment>
        <translation>Composer ne peut pas enregistrer de secrets&#xa0;: {what}. Composer ne conserve les secrets que dans le trousseau de clés du système et refuse de les stocker ailleurs.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Composer cannot store secrets: keyring is configured to store nothing (its null backend, set by `keyring --disable`, a keyringrc.cfg or PYTHON_KEYRING_BACKEND); remove that setting so the system keyring is used. Composer keeps secrets only in the system keyring and refuses to store them anywhere else.</source>
        <translation>Composer ne peut pas enregistrer de secrets&#xa0;: keyring est configuré pour ne rien stocker (son backend null, activé par `keyring --disable`, un fichier keyringrc.cfg ou PYTHON_KEYRING_BACKEND)&#xa0;; supprimez ce réglage pour que le trousseau de clés du système soit utilisé. Composer ne conserve les secrets que dans le trousseau de clés du système et refuse de les stocker ailleurs.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Composer cannot store secrets: the configured keyring backend ({backend}) keeps them in a file, not in the system keyring. Composer keeps secrets only in the system keyring and refuses to store them anywhere else; remove keyrings.alt or choose the system backend.</source>
        <translation>Composer ne peut pas enregistrer de secrets&#xa0;: le backend de keyring configuré ({backend}) les conserve dans un fichier, et non dans le trousseau de clés du système. Composer ne conserve les secrets que dans le trousseau de clés du système et refuse de les stocker ailleurs&#xa0;; supprimez keyrings.alt ou choisissez le backend du système.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{missing} (keyring could not choose a backend: {problem})</source>
        <extracomment>{problem} is the error, as Python names it (&quot;RuntimeError: …&quot;).</extracomment>
        <translation>{missing} (keyring n’a pas pu choisir de backend&#xa0;: {problem})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The {secret} of account {account} is empty; nothing stored.</source>
        <translation>Le secret {secret} du compte {account} est vide&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the {secret} of account {account}</source>
        <translation>le secret {secret} du compte {account}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>store {what}</source>
        <extracomment>What could not be done; {what} is &quot;the refresh_token of account &apos;shop&apos;&quot;.</extracomment>
        <translation>enregistrer {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read {what}</source>
        <translation>lire {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete {what}</source>
        <translation>supprimer {what}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not {action}: the keyring stopped answering. {missing}</source>
        <extracomment>{action} is &quot;store the refresh_token of account &apos;shop&apos;&quot;.</extracomment>
        <translation>Composer n’a pas pu {action}&#xa0;: le trousseau de clés ne répond plus. {missing}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (the keyring said: {detail})</source>
        <translation> (réponse du trousseau de clés&#xa0;: {detail})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not {action}: the keyring is locked and was not unlocked (the unlock prompt was dismissed or cannot be shown here){said}. Unlock your login keyring and try again.</source>
        <translation>Composer n’a pas pu {action}&#xa0;: le trousseau de clés est verrouillé et n’a pas été déverrouillé (la demande de déverrouillage a été fermée ou ne peut pas s’afficher ici){said}. Déverrouillez votre trousseau de session et réessayez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not {action} in the keyring ({backend}): {problem}</source>
        <translation>Composer n’a pas pu {action} dans le trousseau de clés ({backend})&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>MailWords</name>
    <message>
        <location filename="../composer/services/mail.py" line="+86"/>
        <source>{address} is not a buyer&apos;s anonymised Amazon address; Amazon relays e-mail to the buyer only through it (…@{domain})</source>
        <translation>{address} n’est pas l’alias e-mail anonymisé d’un acheteur Amazon&#xa0;; Amazon ne transmet les e-mails à l’acheteur que par cet alias (…@{domain})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{address} is a buyer address of another marketplace; buyers of Amazon.{store} ({code}) are reached at …@{domain}</source>
        <translation>{address} est une adresse d’acheteur d’un autre site de vente&#xa0;; les acheteurs d’Amazon.{store} ({code}) sont joignables à l’adresse …@{domain}</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>no encryption, this machine only</source>
        <translation>sans chiffrement, cette machine uniquement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server {server} ({security}) accepted the login of {user}.</source>
        <extracomment>{server} is host:port, {security} &quot;STARTTLS&quot;, &quot;SSL&quot; or &quot;no encryption, this machine only&quot;.</extracomment>
        <translation>Le serveur de messagerie {server} ({security}) a accepté l’identification de {user}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server {server} ({security}) answered.</source>
        <translation>Le serveur de messagerie {server} ({security}) a répondu.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../composer/ui/main_window.py" line="+272"/>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message body</source>
        <translation>Corps du message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Character count</source>
        <translation>Nombre de caractères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox summary</source>
        <translation>Résumé de la boîte d’envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Checks</source>
        <translation>&amp;Vérifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New message</source>
        <translation>&amp;Nouveau message</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+757"/>
        <source>New message</source>
        <translation>Nouveau message</translation>
    </message>
    <message>
        <location line="-756"/>
        <source>&amp;Open a message file…</source>
        <translation>&amp;Ouvrir un fichier de message…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a message file</source>
        <translation>Ouvrir un fichier de message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Drafts…</source>
        <translation>&amp;Brouillons…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Templates…</source>
        <translation>&amp;Modèles…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename draft…</source>
        <translation>&amp;Renommer le brouillon…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+531"/>
        <source>Rename draft</source>
        <translation>Renommer le brouillon</translation>
    </message>
    <message>
        <location line="-529"/>
        <source>Copy as Amazon-safe &amp;HTML</source>
        <translation>Copier en &amp;HTML compatible Amazon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as Amazon-safe HTML</source>
        <translation>Copier en HTML compatible Amazon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy as plain &amp;text</source>
        <translation>Copier en &amp;texte brut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy as plain text</source>
        <translation>Copier en texte brut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channel preview…</source>
        <translation>&amp;Aperçu du canal…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel preview</source>
        <translation>Aperçu du canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bold</source>
        <translation>&amp;Gras</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Italic</source>
        <translation>&amp;Italique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Underline</source>
        <translation>&amp;Souligné</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Underline</source>
        <translation>Souligné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulleted &amp;list</source>
        <translation>&amp;Liste à puces</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Numbered list</source>
        <translation>Liste &amp;numérotée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert https &amp;link…</source>
        <translation>Insérer un lien &amp;https…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Insert https link</source>
        <translation>Insérer un lien https</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove link</source>
        <translation>Su&amp;pprimer le lien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove link</source>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix all &amp;safe problems</source>
        <translation>&amp;Tout corriger sans risque</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fix all safe problems</source>
        <translation>Tout corriger sans risque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next problem</source>
        <translation>Problème &amp;suivant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next problem</source>
        <translation>Problème suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ignored rules…</source>
        <translation>Règles &amp;ignorées…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ignored rules</source>
        <translation>Règles ignorées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send…</source>
        <translation>&amp;Envoyer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outbox</source>
        <translation>&amp;Boîte d’envoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seller &amp;accounts…</source>
        <translation>&amp;Comptes vendeur…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seller accounts</source>
        <translation>Comptes vendeur</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>The check failed: {error}</source>
        <translation>La vérification a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Ignore this rule</source>
        <translation>Ignorer cette règle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop checking “{rule}” in every message? Amazon still applies it. Checks › Ignored rules… turns it back on.</source>
        <translation>Ne plus vérifier «&#xa0;{rule}&#xa0;» dans aucun message&#xa0;? Amazon continue de l’appliquer. Vérifications › Règles ignorées… permet de la réactiver.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Could not add “{word}”: {error}</source>
        <translation>Impossible d’ajouter «&#xa0;{word}&#xa0;»&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Looking for suggestions…</source>
        <translation>Recherche de suggestions…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>Insert link</source>
        <translation>Insérer un lien</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Address (https:// only):</source>
        <translation>Adresse (https:// uniquement)&#xa0;:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The draft could not be saved: {error}</source>
        <translation>Le brouillon n’a pas pu être enregistré&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} cannot be opened: {error}</source>
        <translation>Impossible d’ouvrir {file}&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open a message</source>
        <translation>Ouvrir un message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages ({patterns})</source>
        <translation>Messages ({patterns})</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Copied as Amazon-safe HTML (and as plain text).</source>
        <translation>Copié en HTML compatible Amazon (et en texte brut).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied as plain text.</source>
        <translation>Copié en texte brut.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exported to {path}</source>
        <translation>Exporté vers {path}</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The outbox cannot be opened: {error}</source>
        <translation>Impossible d’ouvrir la boîte d’envoi&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Message {id}, order {order}: {outcome}</source>
        <translation>Message {id}, commande {order}&#xa0;: {outcome}</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n en attente d’envoi</numerusform>
            <numerusform>%n en attente d’envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n uncertain: decide in the outbox</source>
        <translation>
            <numerusform>%n incertain&#xa0;: à trancher dans la boîte d’envoi</numerusform>
            <numerusform>%n incertains&#xa0;: à trancher dans la boîte d’envoi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox: {summary}</source>
        <translation>Boîte d’envoi&#xa0;: {summary}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n message(s) being sent when Composer stopped: the buyer may or may not have them. Check, then decide in the outbox (Message › Outbox).</source>
        <translation>
            <numerusform>%n message était en cours d’envoi à l’arrêt de Composer&#xa0;: l’acheteur l’a peut-être reçu, peut-être pas. Vérifiez, puis décidez dans la boîte d’envoi (Message › Boîte d’envoi).</numerusform>
            <numerusform>%n messages étaient en cours d’envoi à l’arrêt de Composer&#xa0;: l’acheteur les a peut-être reçus, peut-être pas. Vérifiez, puis décidez dans la boîte d’envoi (Message › Boîte d’envoi).</numerusform>
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
        <translation>{count} / {limit} caractères</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln caractère</numerusform>
            <numerusform>%Ln caractères</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removed what Amazon does not accept: {removed}.</source>
        <translation>Ce qu’Amazon n’accepte pas a été retiré&#xa0;: {removed}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was inserted: {reason}</source>
        <translation>Rien n’a été inséré&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Composer closes as soon as the message being sent (or the check with Amazon) has its answer.</source>
        <translation>Composer se fermera dès que le message en cours d’envoi (ou la vérification auprès d’Amazon) aura reçu sa réponse.</translation>
    </message>
</context>
<context>
    <name>MarketplaceWords</name>
    <message>
        <location filename="../composer/services/marketplaces.py" line="+272"/>
        <source>unknown marketplace {key}; known: {codes}</source>
        <translation>site de vente inconnu&#xa0;: {key}&#xa0;; sites connus&#xa0;: {codes}</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <location filename="../composer/ui/editor.py" line="+47"/>
        <source>Write your message to the buyer…</source>
        <translation>Rédigez votre message à l’acheteur…</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>a buyer message is a few thousand characters at most, and this would make it {count} (the limit here is {limit})</source>
        <translation>un message à l’acheteur fait au plus quelques milliers de caractères, et celui-ci en compterait {count} (la limite est ici de {limit})</translation>
    </message>
</context>
<context>
    <name>MessageFileWords</name>
    <message>
        <location filename="../composer/services/message_files.py" line="+70"/>
        <source>unsupported file type &apos;{suffix}&apos; (use {suffixes})</source>
        <translation>type de fichier non pris en charge «&#xa0;{suffix}&#xa0;» (utilisez {suffixes})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>too large for a message ({size} MB; the limit is {limit} MB)</source>
        <translation>trop volumineux pour un message ({size} Mo&#xa0;; la limite est de {limit} Mo)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is a directory</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>permission denied</source>
        <translation>autorisation refusée</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>binary file, not a message</source>
        <translation>fichier binaire, pas un message</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not valid UTF-8 (byte {byte} at offset {offset})</source>
        <translation>UTF-8 non valide (octet {byte} à la position {offset})</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>malformed JSON at line {line} column {column}: {problem}</source>
        <translation>JSON mal formé à la ligne {line}, colonne {column}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the JSON must be an object with at least a {field}</source>
        <translation>le JSON doit être un objet contenant au moins un champ {field}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown field &apos;{field}&apos; (known: {fields})</source>
        <translation>champ inconnu «&#xa0;{field}&#xa0;» (champs connus&#xa0;: {fields})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{field} is missing or not a string</source>
        <translation>{field} est absent ou n’est pas une chaîne</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{field} must be {choices}, not {value}</source>
        <translation>{field} doit valoir {choices}, et non {value}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{field} must be one of {choices}, not {value}</source>
        <translation>{field} doit valoir l’une des valeurs {choices}, et non {value}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{field} must be true or false</source>
        <translation>{field} doit valoir true ou false</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{field} must be a string</source>
        <translation>{field} doit être une chaîne</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{field} is not a date (YYYY-MM-DD): {value}</source>
        <translation>{field} n’est pas une date (AAAA-MM-JJ)&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{field} must be a list</source>
        <translation>{field} doit être une liste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>attachment {n} needs a {field}</source>
        <translation>il manque le champ {field} à la pièce jointe {n}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>attachment {n}: {field} must be a number of bytes</source>
        <translation>pièce jointe {n}&#xa0;: {field} doit être un nombre d’octets</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>attachment {n}: {field} must be a string</source>
        <translation>pièce jointe {n}&#xa0;: {field} doit être une chaîne</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>binary file, not an e-mail</source>
        <translation>fichier binaire, pas un e-mail</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a readable e-mail: {problem}</source>
        <translation>e-mail illisible&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no e-mail headers (Subject, From, To, Content-Type)</source>
        <translation>aucun en-tête d’e-mail (Subject, From, To, Content-Type)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the message text cannot be decoded: {problem}</source>
        <translation>le texte du message ne peut pas être décodé&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>NoteWords</name>
    <message>
        <location filename="../composer/policy/engine.py" line="+319"/>
        <source>No phrase data for {language}: purposes and wording rules were not checked; contacts, links, emoji and formatting were.</source>
        <extracomment>{language} is a language&apos;s name (&quot;Swedish&quot;).</extracomment>
        <translation>Pas de données linguistiques en {language}&#xa0;: les finalités et les règles de formulation n’ont pas été vérifiées&#xa0;; les coordonnées, les liens, les emoji et la mise en forme l’ont été.</translation>
    </message>
    <message>
        <location filename="../composer/policy/rules/spelling.py" line="+103"/>
        <source>Spelling was not checked: there is no {language} dictionary (pyspellchecker ships {languages}).</source>
        <extracomment>{language} is a language&apos;s name, {languages} the codes of the dictionaries at hand.</extracomment>
        <translation>L’orthographe n’a pas été vérifiée&#xa0;: il n’y a pas de dictionnaire {language} (pyspellchecker fournit&#xa0;: {languages}).</translation>
    </message>
</context>
<context>
    <name>OrderFields</name>
    <message>
        <location filename="../composer/ui/order_fields.py" line="+31"/>
        <source>E-mail to the buyer&apos;s Amazon address</source>
        <translation>E-mail à l’adresse Amazon de l’acheteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selling Partner API</source>
        <translation>Selling Partner API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seller Central (Contact Buyer)</source>
        <translation>Seller Central (Contacter l’acheteur)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order details</source>
        <translation>Détails de la commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order &amp;ID:</source>
        <translation>N&amp;uméro de commande&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order &amp;date:</source>
        <translation>Date de &amp;commande&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;livery date:</source>
        <translation>Date de &amp;livraison&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Marketplace:</source>
        <translation>&amp;Site de vente&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Buyer language:</source>
        <translation>Lan&amp;gue de l’acheteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nal&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message &amp;type:</source>
        <translation>&amp;Type de message&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order ID</source>
        <translation>Numéro de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order date</source>
        <translation>Date de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery date</source>
        <translation>Date de livraison</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketplace</source>
        <translation>Site de vente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer language</source>
        <translation>Langue de l’acheteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message type</source>
        <translation>Type de message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none chosen)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply to a message from the buyer</source>
        <translation>Réponse à un message de l’acheteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to a buyer</source>
        <translation>Réponse à l’acheteur</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../composer/ui/outbox_window.py" line="+54"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>being sent</source>
        <translation>en cours d’envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <location line="+124"/>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uncertain</source>
        <translation>incertain</translation>
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
        <translation>enregistré, en attente d’envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warnings confirmed by the user</source>
        <translation>avertissements confirmés par l’utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handed to the network</source>
        <translation>transmis au réseau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no clear answer: uncertain</source>
        <translation>pas de réponse claire&#xa0;: incertain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>put back in the queue</source>
        <translation>remis en file d’attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found half-sent after Composer stopped: uncertain</source>
        <translation>trouvé à moitié envoyé après l’arrêt de Composer&#xa0;: incertain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>queued again by the user</source>
        <translation>remis en file d’attente par l’utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked sent by the user</source>
        <translation>marqué comme envoyé par l’utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked not sent by the user</source>
        <translation>marqué comme non envoyé par l’utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled by the user</source>
        <translation>annulé par l’utilisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proactive</source>
        <translation>proactif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forbidden</source>
        <translation>interdit</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Review request</source>
        <translation>Demande d’avis</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sent. Amazon will send its review request to the buyer (request id {id}).</source>
        <translation>Envoyé. Amazon enverra sa demande d’avis à l’acheteur (identifiant de la requête&#xa0;: {id}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent. Amazon accepted it (request id {id}).</source>
        <translation>Envoyé. Amazon l’a accepté (identifiant de la requête&#xa0;: {id}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent. The mail server accepted it for Amazon&apos;s relay to the buyer (message id {id}).</source>
        <translation>Envoyé. Le serveur de messagerie l’a accepté pour le relais d’Amazon vers l’acheteur (identifiant du message&#xa0;: {id}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent. {reason}</source>
        <translation>Envoyé. {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: {reason}</source>
        <translation>Non envoyé&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not sent: Amazon refused it ({code}): “{reply}” Nothing reached the buyer. Correct the cause, then use Retry in the outbox.</source>
        <translation>Non envoyé&#xa0;: Amazon l’a refusé ({code})&#xa0;: «&#xa0;{reply}&#xa0;» Rien n’est parvenu à l’acheteur. Corrigez la cause, puis utilisez Réessayer dans la boîte d’envoi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sent: the mail server refused it ({code}): “{reply}” Nothing reached the buyer. Correct the cause, then use Retry in the outbox.</source>
        <translation>Non envoyé&#xa0;: le serveur de messagerie l’a refusé ({code})&#xa0;: «&#xa0;{reply}&#xa0;» Rien n’est parvenu à l’acheteur. Corrigez la cause, puis utilisez Réessayer dans la boîte d’envoi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sent. {reason}</source>
        <translation>Non envoyé. {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent yet.</source>
        <translation>Pas encore envoyé.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Waiting in the outbox: {reason} It is not tried before {time}. It goes out by itself: Composer tries again every %n seconds while it is open.</source>
        <translation>
            <numerusform>En attente dans la boîte d’envoi&#xa0;: {reason} Aucune tentative avant {time}. Le message partira de lui-même&#xa0;: Composer réessaie toutes les %n seconde tant qu’il est ouvert.</numerusform>
            <numerusform>En attente dans la boîte d’envoi&#xa0;: {reason} Aucune tentative avant {time}. Le message partira de lui-même&#xa0;: Composer réessaie toutes les %n secondes tant qu’il est ouvert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Waiting in the outbox: {reason} It goes out by itself: Composer tries again every %n seconds while it is open.</source>
        <translation>
            <numerusform>En attente dans la boîte d’envoi&#xa0;: {reason} Le message partira de lui-même&#xa0;: Composer réessaie toutes les %n seconde tant qu’il est ouvert.</numerusform>
            <numerusform>En attente dans la boîte d’envoi&#xa0;: {reason} Le message partira de lui-même&#xa0;: Composer réessaie toutes les %n secondes tant qu’il est ouvert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Uncertain: {reason}
Amazon may have it. Composer will not send it again by itself, because the buyer would get it twice. Ask Amazon whether a review request is still allowed for the order (if not, it went out), then decide in the outbox: Mark sent, Mark not sent, or I checked: send again.</source>
        <translation>Incertain&#xa0;: {reason}
Amazon l’a peut-être reçu. Composer ne le renverra pas de lui-même, car l’acheteur le recevrait deux fois. Demandez à Amazon si une demande d’avis est encore possible pour cette commande (sinon, elle est bien partie), puis décidez dans la boîte d’envoi&#xa0;: Marquer comme envoyé, Marquer comme non envoyé ou J’ai vérifié&#xa0;: renvoyer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Uncertain: {reason}
Amazon may have it. Composer will not send it again by itself, because the buyer would get it twice. Check the order&apos;s sent messages in Seller Central (Buyer-Seller Messages), then decide in the outbox: Mark sent, Mark not sent, or I checked: send again.</source>
        <translation>Incertain&#xa0;: {reason}
Amazon l’a peut-être reçu. Composer ne le renverra pas de lui-même, car l’acheteur le recevrait deux fois. Consultez les messages envoyés pour cette commande dans Seller Central (Messages acheteur-vendeur), puis décidez dans la boîte d’envoi&#xa0;: Marquer comme envoyé, Marquer comme non envoyé ou J’ai vérifié&#xa0;: renvoyer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Uncertain: {reason}
The mail server may have it. Composer will not send it again by itself, because the buyer would get it twice. Check the order&apos;s sent messages in Seller Central (Buyer-Seller Messages), then decide in the outbox: Mark sent, Mark not sent, or I checked: send again.</source>
        <translation>Incertain&#xa0;: {reason}
Le serveur de messagerie l’a peut-être reçu. Composer ne le renverra pas de lui-même, car l’acheteur le recevrait deux fois. Consultez les messages envoyés pour cette commande dans Seller Central (Messages acheteur-vendeur), puis décidez dans la boîte d’envoi&#xa0;: Marquer comme envoyé, Marquer comme non envoyé ou J’ai vérifié&#xa0;: renvoyer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Being sent…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sent · {id}</source>
        <translation>envoyé · {id}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>check Seller Central, then decide</source>
        <translation>vérifiez dans Seller Central, puis décidez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting to go out</source>
        <translation>en attente d’envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>being sent…</source>
        <translation>envoi en cours…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{order} ({marketplace})</source>
        <translation>{order} ({marketplace})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text sent</source>
        <translation>Texte envoyé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon writes the review request itself: no text of yours.</source>
        <translation>Amazon rédige lui-même la demande d’avis&#xa0;: aucun texte de votre part.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category: {category}</source>
        <translation>Catégorie&#xa0;: {category}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No check (Amazon&apos;s own text).</source>
        <translation>Pas de vérification (texte d’Amazon).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warnings confirmed by the user ({time})</source>
        <translation>Avertissements confirmés par l’utilisateur ({time})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amazon&apos;s reply</source>
        <translation>Réponse d’Amazon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s reply</source>
        <translation>Réponse du serveur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{event} (you)</source>
        <translation>{event} (vous)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The buyer may already have message {id} (order {order}): the last attempt went out without a clear answer.

Send it again only if you checked that Amazon still offers a review request for this order. Did you check, and send it again?</source>
        <translation>L’acheteur a peut-être déjà reçu le message {id} (commande {order})&#xa0;: la dernière tentative est partie sans réponse claire.

Ne le renvoyez que si vous avez vérifié qu’Amazon propose encore une demande d’avis pour cette commande. Avez-vous vérifié&#xa0;? Faut-il le renvoyer&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The buyer may already have message {id} (order {order}): the last attempt went out without a clear answer.

Send it again only if you checked that the message is not among the order&apos;s sent messages in Seller Central. Did you check, and send it again?</source>
        <translation>L’acheteur a peut-être déjà reçu le message {id} (commande {order})&#xa0;: la dernière tentative est partie sans réponse claire.

Ne le renvoyez que si vous avez vérifié que le message ne figure pas parmi les messages envoyés pour cette commande dans Seller Central. Avez-vous vérifié&#xa0;? Faut-il le renvoyer&#xa0;?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I checked: send again</source>
        <translation>J’ai vérifié&#xa0;: renvoyer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the outbox as CSV</source>
        <translation>Exporter la boîte d’envoi en CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>composer-outbox</source>
        <comment>a file name</comment>
        <translation>composer-envois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV for spreadsheets ({patterns})</source>
        <translation>CSV pour tableur ({patterns})</translation>
    </message>
</context>
<context>
    <name>OutboxCli</name>
    <message>
        <location filename="../composer/cli_outbox.py" line="+160"/>
        <source>list, show, retry, mark and export the messages sent</source>
        <translation>lister, afficher, renvoyer, marquer et exporter les messages envoyés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The outbox and audit log: every message Composer handed to Amazon or the mail server, with its check, the warnings you confirmed and the answer. States: queued, sending, sent, failed, uncertain (it went out without a clear answer: check Seller Central, then mark it, or retry it with --i-checked). Exit status 0: done; 1: a message was not sent; 2: bad usage or an unreadable database.</source>
        <extracomment>The state names (queued, sending, sent, failed, uncertain) are typed as they are.</extracomment>
        <translation>La boîte d’envoi et le journal d’audit&#xa0;: chaque message que Composer a remis à Amazon ou au serveur de messagerie, avec sa vérification, les avertissements que vous avez confirmés et la réponse. États&#xa0;: queued, sending, sent, failed, uncertain (parti sans réponse claire&#xa0;: vérifiez dans Seller Central, puis marquez-le, ou renvoyez-le avec --i-checked). Code de sortie 0&#xa0;: terminé&#xa0;; 1&#xa0;: un message n’a pas été envoyé&#xa0;; 2&#xa0;: mauvaise utilisation ou base de données illisible.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>list the messages, newest first</source>
        <translation>lister les messages, du plus récent au plus ancien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this state</source>
        <translation>seulement cet état</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this order</source>
        <translation>seulement cette commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this account</source>
        <translation>seulement ce compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most N (default 50)</source>
        <translation>N au plus (50 par défaut)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one message: what was sent, its check and history</source>
        <translation>un message&#xa0;: ce qui a été envoyé, sa vérification et son historique</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>send a failed or uncertain message again, and what waits in the queue</source>
        <translation>renvoyer un message en échec ou incertain, et ce qui attend dans la file d’attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue message ID again (a failed one; an uncertain one only with --i-checked, after checking in Seller Central that the buyer did not get it), then send everything that waits in the queue. Without ID: only the queue.</source>
        <translation>Remettre le message ID dans la file d’attente (un message en échec&#xa0;; un message incertain seulement avec --i-checked, après avoir vérifié dans Seller Central que l’acheteur ne l’a pas reçu), puis envoyer tout ce qui attend dans la file d’attente. Sans ID&#xa0;: seulement la file d’attente.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>you checked in Seller Central that the uncertain message did not arrive</source>
        <translation>vous avez vérifié dans Seller Central que le message incertain n’est pas arrivé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>settle an uncertain message: sent or not-sent</source>
        <translation>trancher pour un message incertain&#xa0;: sent (envoyé) ou not-sent (non envoyé)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>withdraw a queued message before it goes out</source>
        <translation>retirer un message en attente avant son envoi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>write the log as CSV (UTF-8, for Excel) for an A-to-Z claim</source>
        <translation>écrire le journal en CSV (UTF-8, pour Excel) pour une réclamation au titre de la Garantie A à Z</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>only this message</source>
        <translation>seulement ce message</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the folder of Composer&apos;s database and accounts, as the window&apos;s --data-dir (default: your user data and config folders)</source>
        <translation>le dossier de la base de données et des comptes de Composer, comme --data-dir pour la fenêtre (par défaut&#xa0;: vos dossiers utilisateur de données et de configuration)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>note: message {id} was being sent when Composer stopped; it is now uncertain (see: composer outbox show {id})</source>
        <translation>remarque&#xa0;: le message {id} était en cours d’envoi quand Composer s’est arrêté&#xa0;; il est maintenant incertain (voir&#xa0;: composer outbox show {id})</translation>
    </message>
    <message numerus="yes">
        <location line="+233"/>
        <source>%n message(s) written to {path}</source>
        <translation>
            <numerusform>%n message écrit dans {path}</numerusform>
            <numerusform>%n messages écrits dans {path}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown action {action}</source>
        <translation>action inconnue {action}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--limit must be 1 or more</source>
        <translation>--limit doit valoir 1 ou plus</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No message matches.</source>
        <translation>Aucun message ne correspond.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The outbox is empty.</source>
        <translation>La boîte d’envoi est vide.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>text sent:</source>
        <translation>texte envoyé&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check findings:</source>
        <translation>signalements de la vérification&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>warnings confirmed ({when}):</source>
        <translation>avertissements confirmés ({when})&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>history:</source>
        <translation>historique&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (by you)</source>
        <translation> (par vous)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>next: check the order&apos;s messages in Seller Central, then: composer outbox mark {id} sent|not-sent, or composer outbox retry {id} --i-checked</source>
        <translation>étape suivante&#xa0;: vérifiez les messages de la commande dans Seller Central, puis&#xa0;: composer outbox mark {id} sent|not-sent, ou composer outbox retry {id} --i-checked</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>queued again: {message}</source>
        <translation>remis dans la file d’attente&#xa0;: {message}</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n message(s) still wait in the queue</source>
        <translation>
            <numerusform>%n message attend encore dans la file d’attente</numerusform>
            <numerusform>%n messages attendent encore dans la file d’attente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was due to be sent.</source>
        <translation>Rien n’était à envoyer.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>reference {reference}</source>
        <translation>référence {reference}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>message</source>
        <comment>outbox show label</comment>
        <extracomment>The labels of &quot;composer outbox show&quot;&apos;s lines (&quot;label: value&quot;).</extracomment>
        <translation>message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{state} (attempts: {attempts})</source>
        <extracomment>{state} is the state&apos;s name (queued, sending, sent, failed, uncertain), typed as it is.</extracomment>
        <translation>{state} (tentatives&#xa0;: {attempts})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>state</source>
        <comment>outbox show label</comment>
        <translation>état</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reason</source>
        <comment>outbox show label</comment>
        <translation>raison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account</source>
        <comment>outbox show label</comment>
        <translation>compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order</source>
        <comment>outbox show label</comment>
        <translation>commande</translation>
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
        <translation>type de message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <comment>outbox show label</comment>
        <translation>destinataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from</source>
        <comment>outbox show label</comment>
        <translation>expéditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject</source>
        <comment>outbox show label</comment>
        <translation>objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attachments</source>
        <comment>outbox show label</comment>
        <translation>pièces jointes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{start} to {end}</source>
        <comment>warranty period</comment>
        <translation>du {start} au {end}</translation>
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
        <translation>{category}&#xa0;; règles&#xa0;: {rules}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <comment>no rule ids</comment>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check</source>
        <comment>outbox show label</comment>
        <translation>vérification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recorded</source>
        <comment>outbox show label</comment>
        <translation>enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not before</source>
        <comment>outbox show label</comment>
        <translation>pas avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reply reference</source>
        <comment>outbox show label</comment>
        <translation>référence de la réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reply code</source>
        <comment>outbox show label</comment>
        <translation>code de réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reply</source>
        <comment>outbox show label</comment>
        <translation>réponse</translation>
    </message>
</context>
<context>
    <name>OutboxState</name>
    <message>
        <location filename="../composer/services/outbox.py" line="+124"/>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending</source>
        <translation>en cours d’envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uncertain</source>
        <translation>incertain</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <location filename="../composer/ui/outbox_window.py" line="+69"/>
        <source>Outbox – Composer</source>
        <translation>Boîte d’envoi – Composer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox messages</source>
        <translation>Messages de la boîte d’envoi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message details</source>
        <translation>Détails du message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox status</source>
        <translation>État de la boîte d’envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I checked: send &amp;again…</source>
        <translation>J’ai vérifié&#xa0;: ren&amp;voyer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I checked: send again</source>
        <translation>J’ai vérifié&#xa0;: renvoyer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;sent</source>
        <translation>Marquer comme &amp;envoyé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark sent</source>
        <translation>Marquer comme envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;not sent</source>
        <translation>Marquer comme &amp;non envoyé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark not sent</source>
        <translation>Marquer comme non envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel sending</source>
        <translation>&amp;Annuler l’envoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel sending</source>
        <translation>Annuler l’envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The outbox cannot be read: {error}</source>
        <translation>Impossible de lire la boîte d’envoi&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Nothing sent yet.</source>
        <translation>Aucun envoi pour l’instant.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a message.</source>
        <translation>Choisissez un message.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Message {id}: {outcome}</source>
        <translation>Message {id}&#xa0;: {outcome}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <source>Not queued again: {error}</source>
        <translation>Non remis en file d’attente&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not marked: {error}</source>
        <translation>Non marqué&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not cancelled: {error}</source>
        <translation>Non annulé&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not exported: {error}</source>
        <translation>Non exporté&#xa0;: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %Ln message(s) to {path}.</source>
        <translation>
            <numerusform>%Ln message exporté vers {path}.</numerusform>
            <numerusform>%Ln messages exportés vers {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxWords</name>
    <message>
        <location filename="../composer/services/outbox.py" line="-45"/>
        <source>Composer stopped while this message was being sent, so it may or may not have reached the buyer. Check the order&apos;s messages in Seller Central, then mark it sent or not sent, or send it again.</source>
        <translation>Composer s’est arrêté pendant l’envoi de ce message&#xa0;: il est peut-être parvenu à l’acheteur, peut-être pas. Vérifiez les messages de la commande dans Seller Central, puis marquez-le comme envoyé ou non envoyé, ou renvoyez-le.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The user checked: the buyer got it.</source>
        <translation>L’utilisateur a vérifié&#xa0;: l’acheteur l’a reçu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user checked: the buyer got it. {note}</source>
        <translation>L’utilisateur a vérifié&#xa0;: l’acheteur l’a reçu. {note}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user checked: the buyer did not get it.</source>
        <translation>L’utilisateur a vérifié&#xa0;: l’acheteur ne l’a pas reçu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user checked: the buyer did not get it. {note}</source>
        <translation>L’utilisateur a vérifié&#xa0;: l’acheteur ne l’a pas reçu. {note}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled by the user.</source>
        <translation>Annulé par l’utilisateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled by the user. {note}</source>
        <translation>Annulé par l’utilisateur. {note}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>after checking it had not arrived</source>
        <translation>après avoir vérifié qu’il n’était pas arrivé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>after checking it had not arrived {note}</source>
        <translation>après avoir vérifié qu’il n’était pas arrivé {note}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{reason} (not before {time})</source>
        <extracomment>{reason} says why the message waits; {time} is when it may go out (UTC).</extracomment>
        <translation>{reason} (pas avant {time})</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>record the message in the outbox</source>
        <translation>enregistrer le message dans la boîte d’envoi</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>start sending the message</source>
        <translation>commencer l’envoi du message</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>put the message back in the queue</source>
        <translation>remettre le message en file d’attente</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>queue the message again</source>
        <translation>remettre le message en file d’attente pour le renvoyer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message {id} may have reached the buyer already. Check the order&apos;s messages in Seller Central first; send it again only if it is not there (confirm that you checked).</source>
        <translation>Le message {id} est peut-être déjà parvenu à l’acheteur. Vérifiez d’abord les messages de la commande dans Seller Central&#xa0;; ne le renvoyez que s’il n’y figure pas (en confirmant que vous avez vérifié).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sent again</source>
        <translation>renvoyé</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>mark the message</source>
        <translation>marquer le message</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>marked sent or not sent</source>
        <translation>marqué comme envoyé ou non envoyé</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cancel the message</source>
        <translation>annuler l’envoi du message</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+42"/>
        <location line="+91"/>
        <source>read the outbox</source>
        <translation>lire la boîte d’envoi</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>count the outbox</source>
        <translation>compter les messages de la boîte d’envoi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>read the message&apos;s attachments</source>
        <translation>lire les pièces jointes du message</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>record the outcome of the send</source>
        <translation>enregistrer le résultat de l’envoi</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>recover the interrupted sends</source>
        <translation>reprendre les envois interrompus</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>read the outbox&apos;s history</source>
        <translation>lire l’historique de la boîte d’envoi</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>message {id}</source>
        <translation>le message {id}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message {id} is waiting: Amazon asked to wait before sending again</source>
        <translation>Le message {id} est en attente&#xa0;: Amazon a demandé d’attendre avant un nouvel envoi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sent now</source>
        <translation>envoyé maintenant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message {id} is {state}, not being sent by this Composer</source>
        <extracomment>{state} is the message&apos;s state (&quot;queued&quot;, &quot;sent&quot; …).</extracomment>
        <translation>Le message {id} est {state}&#xa0;; ce n’est pas cette session de Composer qui l’envoie</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>outbox message {id}</source>
        <translation>le message {id} de la boîte d’envoi</translation>
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
        <translation>avertissements confirmés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coverage start</source>
        <translation>début de la garantie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coverage end</source>
        <translation>fin de la garantie</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>rule ids</source>
        <translation>identifiants de règle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>confirmation time</source>
        <translation>date de confirmation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>files</source>
        <translation>fichiers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>time to wait for</source>
        <translation>date de la prochaine tentative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time of recording</source>
        <translation>date d’enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time of the last change</source>
        <translation>date de dernière modification</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the history of outbox message {id}</source>
        <translation>l’historique du message {id} de la boîte d’envoi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>actor</source>
        <translation>auteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time</source>
        <translation>date</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot prepare sending: {folder} cannot be written ({reason})</source>
        <translation>Impossible de préparer l’envoi&#xa0;: le dossier {folder} n’est pas accessible en écriture ({reason})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot prepare sending: cannot lock a file in {folder}</source>
        <translation>Impossible de préparer l’envoi&#xa0;: le verrouillage d’un fichier dans {folder} a échoué</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>There is no message {id} in the outbox</source>
        <translation>Il n’y a pas de message {id} dans la boîte d’envoi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Message {id} is {state}: it cannot be {wanted}</source>
        <extracomment>{state} is the message&apos;s state (&quot;queued&quot;, &quot;sent&quot; …), {wanted} &quot;sent again&quot;, &quot;cancelled&quot; …</extracomment>
        <translation>Le message {id} est {state}&#xa0;: il ne peut pas être {wanted}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot record the message: {reason}</source>
        <translation>Impossible d’enregistrer le message&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>account</source>
        <translation>compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order id</source>
        <translation>numéro de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marketplace</source>
        <translation>site de vente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message type</source>
        <translation>type de message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject</source>
        <translation>objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>html</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recipient</source>
        <translation>destinataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sender</source>
        <translation>expéditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>findings</source>
        <translation>signalements</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the {field} must be text, not {kind}</source>
        <extracomment>{field} is &quot;order id&quot;, &quot;subject&quot; …; {kind} Python&apos;s name of a type.</extracomment>
        <translation>le champ «&#xa0;{field}&#xa0;» doit être du texte, pas {kind}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the {field} is missing</source>
        <translation>le champ «&#xa0;{field}&#xa0;» n’est pas renseigné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the {field} is longer than {limit} characters</source>
        <translation>le champ «&#xa0;{field}&#xa0;» dépasse {limit} caractères</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the {field} has an invalid character (half a surrogate pair)</source>
        <translation>le champ «&#xa0;{field}&#xa0;» contient un caractère non valide (une moitié de paire de substitution)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the {field} must be one line</source>
        <translation>le champ «&#xa0;{field}&#xa0;» doit tenir sur une seule ligne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected an OutgoingMessage, not {kind}</source>
        <translation>un OutgoingMessage était attendu, pas {kind}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown channel {channel}</source>
        <translation>canal inconnu {channel}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Composer cannot send by {channel} (only sp-api and email)</source>
        <translation>Composer ne peut pas envoyer par {channel} (seulement sp-api et email)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>an SP-API message needs its message type</source>
        <translation>un message SP-API doit avoir un type de message</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a rule id: {rule}</source>
        <translation>identifiant de règle non valide&#xa0;: {rule}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the time of confirmation must carry a time zone</source>
        <translation>la date de confirmation doit comporter un fuseau horaire</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n files; at most {limit}</source>
        <translation>
            <numerusform>%n fichier&#xa0;; {limit} au plus</numerusform>
            <numerusform>%n fichiers&#xa0;; {limit} au plus</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file {name} has no bytes</source>
        <translation>le fichier {name} est vide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file {name} is larger than 10 MB</source>
        <translation>le fichier {name} dépasse 10&#xa0;Mo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a file name: {name}</source>
        <translation>nom de fichier non valide&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Cannot write in {folder}: {reason}</source>
        <translation>Impossible d’écrire dans {folder}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Impossible d’écrire {path}&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../composer/ui/preferences_dialog.py" line="+55"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l’interface&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Menus, dialogs and the checks&apos; messages switch at once. Your messages and templates stay as you wrote them.</source>
        <translation>Les menus, les boîtes de dialogue et les messages des vérifications changent immédiatement. Vos messages et vos modèles restent tels que vous les avez écrits.</translation>
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
        <translation>feuille de style</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>embedded content</source>
        <translation>contenu intégré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>video</source>
        <translation>vidéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>formula</source>
        <translation>formule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>form</source>
        <translation>formulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strikethrough</source>
        <translation>texte barré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>superscript/subscript</source>
        <translation>exposant/indice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>font size</source>
        <translation>taille de police</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>font family</source>
        <translation>police de caractères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>background colour</source>
        <translation>couleur de fond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alignment</source>
        <translation>alignement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>margins</source>
        <translation>marges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heading size</source>
        <translation>taille des titres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table layout</source>
        <translation>mise en page en tableau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>javascript link</source>
        <translation>lien javascript</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data link</source>
        <translation>lien data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file link</source>
        <translation>lien vers un fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail link</source>
        <translation>lien vers une adresse e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone link</source>
        <translation>lien vers un numéro de téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link without a web address</source>
        <translation>lien sans adresse web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra blank lines</source>
        <translation>lignes vides en trop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>insecure (http) link</source>
        <translation>lien non sécurisé (http)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text colour</source>
        <translation>couleur du texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line height</source>
        <translation>interligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>borders</source>
        <translation>bordures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letter spacing</source>
        <translation>espacement des lettres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capitalisation style</source>
        <translation>style de majuscules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tracking pixel</source>
        <translation>pixel de suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>horizontal line</source>
        <translation>ligne horizontale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden text</source>
        <translation>texte masqué</translation>
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
        <translation>un document PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a PNG image</source>
        <translation>une image PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>a GIF image</source>
        <translation>une image GIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a JPEG image</source>
        <translation>une image JPEG</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a ZIP archive (or a Word, Excel or OpenDocument file)</source>
        <translation>une archive ZIP (ou un fichier Word, Excel ou OpenDocument)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an old Office document</source>
        <translation>un ancien document Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a program</source>
        <translation>un programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Windows program</source>
        <translation>un programme Windows</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>too large to paste ({size} characters; the limit is {limit})</source>
        <translation>trop volumineux pour être collé ({size} caractères&#xa0;; la limite est de {limit})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this is {kind}, not text</source>
        <extracomment>{kind} is &quot;a PDF document&quot;, &quot;a PNG image&quot; and the like.</extracomment>
        <translation>c’est {kind}, pas du texte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is binary data, not text</source>
        <translation>ce sont des données binaires, pas du texte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this is binary data (or text in an unknown encoding), not text</source>
        <translation>ce sont des données binaires (ou du texte dans un encodage inconnu), pas du texte</translation>
    </message>
</context>
<context>
    <name>SendCli</name>
    <message>
        <location filename="../composer/cli_outbox.py" line="-673"/>
        <source>check a message and send it to the buyer (SP-API or e-mail)</source>
        <translation>vérifier un message et l’envoyer à l’acheteur (SP-API ou e-mail)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check a message file exactly as it will be sent and send it to the buyer of an order: by the SP-API (a message type Amazon allows for the order, or the review request) or by e-mail to the buyer&apos;s anonymised Amazon address. Errors block; warnings need your confirmation (asked on a terminal, or --confirm-warnings), which is kept in the outbox. Exit status 0: sent (or, with --dry-run, nothing blocks); 1: cannot be sent as written, or not sent; 2: bad usage or an unreadable file.</source>
        <translation>Vérifier un fichier de message exactement tel qu’il sera envoyé et l’envoyer à l’acheteur d’une commande&#xa0;: par la SP-API (un type de message qu’Amazon autorise pour la commande, ou la demande d’avis) ou par e-mail à l’adresse Amazon anonymisée de l’acheteur. Les erreurs bloquent l’envoi&#xa0;; les avertissements doivent être confirmés (question posée dans un terminal, ou --confirm-warnings), et la confirmation est conservée dans la boîte d’envoi. Code de sortie 0&#xa0;: envoyé (ou, avec --dry-run, rien ne bloque)&#xa0;; 1&#xa0;: ne peut pas être envoyé tel quel, ou non envoyé&#xa0;; 2&#xa0;: mauvaise utilisation ou fichier illisible.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the message (.txt, .html, .eml, .json; -); none with --solicitation, whose text Amazon writes</source>
        <translation>le message (.txt, .html, .eml, .json&#xa0;; -)&#xa0;; aucun avec --solicitation, dont Amazon rédige le texte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the account to send from</source>
        <translation>le compte depuis lequel envoyer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Amazon order id</source>
        <translation>le numéro de commande Amazon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the SP-API message type (default: the file&apos;s, else the one the check proposes)</source>
        <translation>le type de message SP-API (par défaut&#xa0;: celui du fichier, sinon celui que propose la vérification)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ask Amazon to send its review and feedback request (no text of yours is sent)</source>
        <translation>demander à Amazon d’envoyer sa demande d’avis et d’évaluation (aucun texte de votre part n’est envoyé)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sp-api (default) or email (the default when --to is given)</source>
        <translation>sp-api (par défaut) ou email (par défaut quand --to est indiqué)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e-mail: the buyer&apos;s …@marketplace.amazon… address</source>
        <translation>e-mail&#xa0;: l’adresse …@marketplace.amazon… de l’acheteur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the order&apos;s marketplace (default: the account&apos;s)</source>
        <translation>le site de vente de la commande (par défaut&#xa0;: celui du compte)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>when the order was delivered (the review request&apos;s 5-30 day window)</source>
        <translation>la date de livraison de la commande (pour la fenêtre de 5 à 30 jours de la demande d’avis)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e-mail: the buyer&apos;s language (the SP-API asks Amazon for it)</source>
        <translation>e-mail&#xa0;: la langue de l’acheteur (avec la SP-API, elle est demandée à Amazon)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the message answers the buyer</source>
        <translation>le message répond à l’acheteur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a file to attach (SP-API types that take files; repeatable, at most 5)</source>
        <translation>un fichier à joindre (types SP-API qui acceptent des fichiers&#xa0;; option répétable, 5 au plus)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>show what would be sent, the check and the allowed types; send nothing</source>
        <translation>afficher ce qui serait envoyé, la vérification et les types autorisés&#xa0;; ne rien envoyer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>send despite warnings (your confirmation is recorded in the outbox)</source>
        <translation>envoyer malgré les avertissements (votre confirmation est enregistrée dans la boîte d’envoi)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>not a date (YYYY-MM-DD): {value}</source>
        <translation>date non valide (AAAA-MM-JJ)&#xa0;: {value}</translation>
    </message>
    <message numerus="yes">
        <location line="+118"/>
        <source>cannot be sent: %n problem(s) above</source>
        <translation>
            <numerusform>envoi impossible&#xa0;: %n problème ci-dessus</numerusform>
            <numerusform>envoi impossible&#xa0;: %n problèmes ci-dessus</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dry run: nothing was sent</source>
        <translation>simulation&#xa0;: rien n’a été envoyé</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n warning(s) need your confirmation: send again with --confirm-warnings if you mean to send it as it is</source>
        <translation>
            <numerusform>%n avertissement doit être confirmé&#xa0;: relancez l’envoi avec --confirm-warnings si vous voulez envoyer le message tel quel</numerusform>
            <numerusform>%n avertissements doivent être confirmés&#xa0;: relancez l’envoi avec --confirm-warnings si vous voulez envoyer le message tel quel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Send despite %n warning(s)? Your answer is kept in the outbox. [y/N] </source>
        <extracomment>Keep &quot;[y/N]&quot;: the answers understood are y and yes.</extracomment>
        <translation>
            <numerusform>Envoyer malgré %n avertissement&#xa0;? Votre réponse est conservée dans la boîte d’envoi. [y/N] </numerusform>
            <numerusform>Envoyer malgré %n avertissements&#xa0;? Votre réponse est conservée dans la boîte d’envoi. [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>give the message FILE (only --solicitation goes without one)</source>
        <translation>indiquez le fichier du message FILE (seul --solicitation s’en passe)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is about order {file_order}, not {order} (--order)</source>
        <translation>{file} concerne la commande {file_order}, et non {order} (--order)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--type and --solicitation are SP-API messages, not e-mail</source>
        <translation>--type et --solicitation sont des messages SP-API, pas des e-mails</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--to is the e-mail recipient; the SP-API knows the buyer by the order</source>
        <translation>--to est le destinataire de l’e-mail&#xa0;; la SP-API identifie l’acheteur par la commande</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{file} names attachments; give the files with --attach FILE (the SP-API uploads them)</source>
        <translation>{file} mentionne des pièces jointes&#xa0;; indiquez les fichiers avec --attach FILE (la SP-API les téléverse)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>account {account}, order {order}, Amazon.{domain} ({marketplace}), {channel}</source>
        <translation>compte {account}, commande {order}, Amazon.{domain} ({marketplace}), {channel}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(none chosen)</source>
        <translation>(aucun choisi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message type: {type}</source>
        <translation>type de message&#xa0;: {type}</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+93"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon allows a review request for this order now: {answer}</source>
        <translation>Amazon autorise actuellement une demande d’avis pour cette commande&#xa0;: {answer}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none at the moment</source>
        <translation>aucun pour le moment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>types Amazon allows for this order: {types}</source>
        <translation>types qu’Amazon autorise pour cette commande&#xa0;: {types}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>buyer&apos;s language (Amazon): {language}</source>
        <translation>langue de l’acheteur (Amazon)&#xa0;: {language}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no address)</source>
        <translation>(pas d’adresse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to: {address}</source>
        <translation>destinataire&#xa0;: {address}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from: {address}</source>
        <translation>expéditeur&#xa0;: {address}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject: {subject}</source>
        <translation>objet&#xa0;: {subject}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>attachment: {name} ({size} bytes)</source>
        <translation>pièce jointe&#xa0;: {name} ({size} octets)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>text sent:</source>
        <translation>texte envoyé&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>text sent: none (Amazon writes the review request)</source>
        <translation>texte envoyé&#xa0;: aucun (Amazon rédige la demande d’avis)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check: {category}: {reason}</source>
        <extracomment>{category} is the category&apos;s id (e.g. &quot;allowed&quot;), typed as it is.</extracomment>
        <translation>vérification&#xa0;: {category}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>{file}: is a folder; send one message at a time</source>
        <translation>{file}&#xa0;: c’est un dossier&#xa0;; envoyez un message à la fois</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>sent: outbox message {id}{reference}</source>
        <extracomment>{reference} is empty or Amazon&apos;s reference in brackets: &quot; (…)&quot;.</extracomment>
        <translation>envoyé&#xa0;: message {id} de la boîte d’envoi{reference}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not sent yet: outbox message {id} waits in the queue: {reason} Send it with: composer outbox retry</source>
        <translation>pas encore envoyé&#xa0;: le message {id} de la boîte d’envoi attend dans la file d’attente&#xa0;: {reason} Envoyez-le avec&#xa0;: composer outbox retry</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>uncertain: outbox message {id}: {reason} Then: composer outbox mark {id} sent|not-sent</source>
        <translation>incertain&#xa0;: message {id} de la boîte d’envoi&#xa0;: {reason} Ensuite&#xa0;: composer outbox mark {id} sent|not-sent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>failed: outbox message {id}{code}: {reason}</source>
        <extracomment>{code} is empty or Amazon&apos;s error code in brackets: &quot; […]&quot;.</extracomment>
        <translation>échec&#xa0;: message {id} de la boîte d’envoi{code}&#xa0;: {reason}</translation>
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
        <translation>E-mail à l’adresse de l’acheteur</translation>
    </message>
    <message>
        <location line="+256"/>
        <location line="+1"/>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route</source>
        <translation>Acheminement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order:</source>
        <translation>Commande&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts…</source>
        <translation>Comptes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Marketplace:</source>
        <translation>&amp;Site de vente&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketplace</source>
        <translation>Site de vente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;by:</source>
        <translation>Envoyer &amp;par&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send by</source>
        <translation>Envoyer par</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Route note</source>
        <translation>Remarque sur l’acheminement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message &amp;type:</source>
        <translation>&amp;Type de message&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message type</source>
        <translation>Type de message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer&apos;s &amp;address:</source>
        <translation>&amp;Adresse de l’acheteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer&apos;s address</source>
        <translation>Adresse de l’acheteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;files…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add files</source>
        <translation>Ajouter des fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected files</source>
        <translation>Retirer les fichiers sélectionnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files the type takes</source>
        <translation>Fichiers acceptés par le type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files not attached</source>
        <translation>Fichiers non joints</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check status</source>
        <translation>État de la vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What will be sent</source>
        <translation>Ce qui sera envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message header</source>
        <translation>En-tête du message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text to be sent</source>
        <translation>Texte à envoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot be sent:</source>
        <translation>Envoi impossible&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it cannot be sent</source>
        <translation>Pourquoi l’envoi est impossible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Warnings:&lt;/b&gt; tick each one you have read and want to send anyway</source>
        <translation>&lt;b&gt;Avertissements&#xa0;:&lt;/b&gt; cochez chacun après l’avoir lu pour envoyer quand même</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings to confirm</source>
        <translation>Avertissements à confirmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;outbox</source>
        <translation>Ouvrir la &amp;boîte d’envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the outbox</source>
        <translation>Ouvrir la boîte d’envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The type the check proposes</source>
        <translation>Le type proposé par la vérification</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+373"/>
        <source>Amazon&apos;s review request (Solicitations API)</source>
        <translation>Demande d’avis d’Amazon (API Solicitations)</translation>
    </message>
    <message>
        <location line="-368"/>
        <source>{type} – not allowed for this order</source>
        <translation>{type} – non autorisé pour cette commande</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>&amp;Check with Amazon</source>
        <translation>&amp;Vérifier auprès d’Amazon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seller Central&apos;s Contact Buyer form cannot be filled from Composer: copy the message (File › Copy as plain text) and paste it there, or send it here by the SP-API or e-mail.</source>
        <translation>Composer ne peut pas remplir le formulaire Contacter l’acheteur de Seller Central&#xa0;: copiez le message (Fichier › Copier en texte brut) et collez-le là-bas, ou envoyez-le d’ici via la SP-API ou par e-mail.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no seller account yet: add one with Accounts….</source>
        <translation>Aucun compte vendeur pour l’instant&#xa0;: ajoutez-en un avec Comptes….</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{account}” has no SP-API credentials: add them in Accounts…, or send by e-mail.</source>
        <translation>«&#xa0;{account}&#xa0;» n’a pas d’identifiants SP-API&#xa0;: ajoutez-les dans Comptes…, ou envoyez par e-mail.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{account}” has no mail server and sender: add them in Accounts…, or send by the SP-API.</source>
        <translation>«&#xa0;{account}&#xa0;» n’a ni serveur de messagerie ni expéditeur&#xa0;: ajoutez-les dans Comptes…, ou envoyez via la SP-API.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none: fill in the Order ID in the window&apos;s order fields</source>
        <translation>aucune&#xa0;: saisissez le numéro de commande dans les champs de commande de la fenêtre</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Documents and images ({patterns})</source>
        <translation>Documents et images ({patterns})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>{file}: already attached</source>
        <translation>{file}&#xa0;: déjà joint</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: not added: this message type takes no files</source>
        <translation>{file}&#xa0;: non ajouté&#xa0;: ce type de message n’accepte aucun fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: not added: this message type takes at most {count}</source>
        <translation>{file}&#xa0;: non ajouté&#xa0;: ce type de message accepte au plus {count} fichiers</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file}: not added: with it the files come to {size}, more than the 10 MB Amazon takes per message</source>
        <translation>{file}&#xa0;: non ajouté&#xa0;: avec lui, les fichiers atteindraient {size}, plus que les 10&#xa0;Mo qu’Amazon accepte par message</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the message type to see how many files it takes.</source>
        <translation>Choisissez le type de message pour voir combien de fichiers il accepte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This type takes no files.</source>
        <translation>Ce type n’accepte aucun fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This type takes up to {high} files.</source>
        <translation>Ce type accepte jusqu’à {high} fichiers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This type takes {low} to {high} files.</source>
        <translation>Ce type demande de {low} à {high} fichiers.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no address)</source>
        <translation>(aucune adresse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text below goes as the plain-text part, beside an HTML part with the same content and Amazon-safe formatting. Composer never adds “[Important]” to the subject: Amazon withdrew that override in 2025.</source>
        <translation>Le texte ci-dessous est envoyé comme partie en texte brut, à côté d’une partie HTML de même contenu, à la mise en forme compatible Amazon. Composer n’ajoute jamais «&#xa0;[Important]&#xa0;» à l’objet&#xa0;: Amazon a supprimé cette dérogation en 2025.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+19"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>{type} (proposed by the check)</source>
        <translation>{type} (proposé par la vérification)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SP-API message:</source>
        <translation>Message SP-API&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{type} to the buyer of order {order} on {marketplace}</source>
        <translation>{type} à l’acheteur de la commande {order} sur {marketplace}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Amazon allows for this order:</source>
        <translation>Amazon autorise pour cette commande&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Buyer&apos;s language (from Amazon):</source>
        <translation>Langue de l’acheteur (selon Amazon)&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon writes the review request itself: no text of yours is sent.</source>
        <translation>Amazon rédige lui-même la demande d’avis&#xa0;: aucun texte de votre part n’est envoyé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Category:</source>
        <translation>Catégorie&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Amazon&apos;s own review request; nothing to check.</source>
        <translation>Demande d’avis rédigée par Amazon&#xa0;; rien à vérifier.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Changed since the check: check again before sending.</source>
        <translation>Modifié depuis la vérification&#xa0;: vérifiez à nouveau avant d’envoyer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asking Amazon about the order…</source>
        <translation>Interrogation d’Amazon sur la commande…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready to send.</source>
        <translation>Prêt à envoyer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the warnings and tick each one to send anyway.</source>
        <translation>Lisez les avertissements et cochez-les un par un pour envoyer quand même.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot be checked: {error}</source>
        <translation>Vérification impossible&#xa0;: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>This message cannot be sent: %n reason(s) below.</source>
        <translation>
            <numerusform>Ce message ne peut pas être envoyé&#xa0;: %n raison ci-dessous.</numerusform>
            <numerusform>Ce message ne peut pas être envoyé&#xa0;: %n raisons ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{count} of {limit} characters</source>
        <translation>{count} caractères sur {limit}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{length} – %Ln too many</source>
        <translation>
            <numerusform>{length} – %Ln de trop</numerusform>
            <numerusform>{length} – %Ln de trop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln caractère</numerusform>
            <numerusform>%Ln caractères</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>I have read this and send anyway</source>
        <translation>J’ai lu et j’envoie quand même</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send anyway: {warning}</source>
        <translation>Envoyer quand même&#xa0;: {warning}</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Not sent: {error}</source>
        <translation>Non envoyé&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending… (message {id} is in the outbox; closing this dialog does not stop it)</source>
        <translation>Envoi en cours… (le message {id} est dans la boîte d’envoi&#xa0;; fermer cette fenêtre ne l’arrête pas)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Composer failed while sending: {error}. See the outbox.</source>
        <translation>Erreur de Composer pendant l’envoi&#xa0;: {error}. Consultez la boîte d’envoi.</translation>
    </message>
</context>
<context>
    <name>SendWords</name>
    <message>
        <location filename="../composer/services/sending.py" line="+141"/>
        <source>Cannot be sent: {reasons}</source>
        <translation>Envoi impossible&#xa0;: {reasons}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>; </source>
        <comment>list separator</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Cannot be sent</source>
        <translation>Envoi impossible</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n warning(s) need your confirmation before sending: {warnings}</source>
        <translation>
            <numerusform>%n avertissement doit être confirmé avant l’envoi&#xa0;: {warnings}</numerusform>
            <numerusform>%n avertissements doivent être confirmés avant l’envoi&#xa0;: {warnings}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+132"/>
        <source>The order id is missing</source>
        <translation>Il manque le numéro de commande</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Composer cannot send by {channel}; use sp-api or email</source>
        <translation>Composer ne peut pas envoyer par {channel}&#xa0;; utilisez sp-api ou email</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Account {name} has no SP-API credentials; add them with composer accounts set-secret {account} lwa_client_id (and lwa_client_secret, refresh_token)</source>
        <translation>Le compte {name} n’a pas d’identifiants SP-API&#xa0;; ajoutez-les avec composer accounts set-secret {account} lwa_client_id (puis lwa_client_secret, refresh_token)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Amazon cannot be reached ({reason}), so the message types this order allows and the buyer&apos;s language are not known. If you send, the message waits and goes out when the network is back; Amazon refuses it then if the type is not allowed.</source>
        <translation>Amazon est injoignable ({reason})&#xa0;: les types de message autorisés pour cette commande et la langue de l’acheteur sont donc inconnus. Si vous envoyez, le message attend et part dès le retour du réseau&#xa0;; Amazon le refusera alors si le type n’est pas autorisé.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>none known</source>
        <translation>aucun connu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the message type (the check proposes none); allowed: {choices}</source>
        <translation>Choisissez le type de message (la vérification n’en propose aucun)&#xa0;; types autorisés&#xa0;: {choices}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none at the moment</source>
        <translation>aucun pour le moment</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amazon does not allow a {type} message for order {order} now (allowed: {choices})</source>
        <translation>Amazon n’autorise pas actuellement de message {type} pour la commande {order} (types autorisés&#xa0;: {choices})</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Amazon writes the review request itself: your text and files are not sent</source>
        <translation>Amazon rédige lui-même la demande d’avis&#xa0;: votre texte et vos fichiers ne sont pas envoyés</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A review may be requested from 5 to 30 days after delivery: for this order from {first} to {last} (today is {today})</source>
        <translation>Un avis peut être demandé de 5 à 30 jours après la livraison&#xa0;: pour cette commande, entre le {first} et le {last} (nous sommes le {today})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A review was already requested for order {order} (outbox message {id}, {state}); Amazon allows one per order</source>
        <translation>Un avis a déjà été demandé pour la commande {order} (message {id} de la boîte d’envoi, {state})&#xa0;; Amazon n’autorise qu’une demande par commande</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A proactive message was already sent for order {order} (outbox message {id}); Amazon allows one review request or free-form proactive message per order, so it may refuse this one</source>
        <translation>Un message proactif a déjà été envoyé pour la commande {order} (message {id} de la boîte d’envoi)&#xa0;; Amazon n’autorise qu’une demande d’avis ou un message proactif libre par commande et peut donc refuser celle-ci</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Amazon does not offer a review request for order {order} now: outside 5 to 30 days after delivery, not shipped yet, or already requested</source>
        <translation>Amazon ne propose pas actuellement de demande d’avis pour la commande {order}&#xa0;: hors de la période de 5 à 30 jours après la livraison, commande pas encore expédiée ou avis déjà demandé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Amazon cannot be reached ({reason}), so whether it allows a review request for this order is not known. If you send, the request waits and goes out when the network is back.</source>
        <translation>Amazon est injoignable ({reason})&#xa0;: on ne sait donc pas s’il autorise une demande d’avis pour cette commande. Si vous envoyez, la demande attend et part dès le retour du réseau.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Account {name} has no e-mail settings (SMTP server and authorised sender address)</source>
        <translation>Le compte {name} n’a pas de paramètres e-mail (serveur SMTP et adresse d’expéditeur autorisé)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message types and the review request are SP-API messages; an e-mail has none</source>
        <translation>Les types de message et la demande d’avis n’existent que dans la SP-API&#xa0;; un e-mail n’en a pas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The buyer&apos;s address (…@marketplace.amazon…) is missing</source>
        <translation>Il manque l’adresse de l’acheteur (…@marketplace.amazon…)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+403"/>
        <source>Composer sends files by the SP-API only</source>
        <translation>Composer n’envoie de fichiers que par la SP-API</translation>
    </message>
    <message>
        <location line="-304"/>
        <source>The same message is already in the outbox for order {order} (message {id}, {state}, {recorded} UTC); the buyer would get it twice</source>
        <translation>Le même message est déjà dans la boîte d’envoi pour la commande {order} (message {id}, {state}, {recorded} UTC)&#xa0;; l’acheteur le recevrait deux fois</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A review was requested for order {order} already (outbox message {id}); Amazon allows one review request or free-form proactive message per order</source>
        <translation>Un avis a déjà été demandé pour la commande {order} (message {id} de la boîte d’envoi)&#xa0;; Amazon n’autorise qu’une demande d’avis ou un message proactif libre par commande</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A proactive message was sent for order {order} already (outbox message {id}); Amazon allows one review request or free-form proactive message per order</source>
        <translation>Un message proactif a déjà été envoyé pour la commande {order} (message {id} de la boîte d’envoi)&#xa0;; Amazon n’autorise qu’une demande d’avis ou un message proactif libre par commande</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This message was handed over already</source>
        <translation>Ce message a déjà été remis pour envoi</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A review was already requested for this order (outbox message {id})</source>
        <translation>Un avis a déjà été demandé pour cette commande (message {id} de la boîte d’envoi)</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Marketplace {code} is served by the {region} region; account {name} is in {account_region}</source>
        <translation>Le site de vente {code} dépend de la région {region}&#xa0;; le compte {name} est dans la région {account_region}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Account {name}: {reason}</source>
        <translation>Compte {name}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Composer cannot send by {channel}</source>
        <translation>Composer ne peut pas envoyer par {channel}</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Amazon removed the {type} message type on {date}</source>
        <translation>Amazon a supprimé le type de message {type} le {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown message type {type}; known: {known}</source>
        <translation>Type de message inconnu&#xa0;: {type}&#xa0;; types connus&#xa0;: {known}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Amazon forbids this message: {reason}</source>
        <translation>Amazon interdit ce message&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>SendingHub</name>
    <message>
        <location filename="../composer/ui/sending_hub.py" line="+263"/>
        <source>The outbox cannot be opened: {error}</source>
        <translation>Impossible d’ouvrir la boîte d’envoi&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sending the waiting messages failed: {error}</source>
        <translation>L’envoi des messages en attente a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The outbox cannot be read: {error}</source>
        <translation>Impossible de lire la boîte d’envoi&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>StoreWords</name>
    <message>
        <location filename="../composer/services/store.py" line="+283"/>
        <location line="+380"/>
        <location line="+19"/>
        <source>open the database</source>
        <translation>ouvrir la base de données</translation>
    </message>
    <message>
        <location line="-372"/>
        <source>Cannot set aside {path}: there is no such file</source>
        <translation>Impossible de mettre {path} de côté&#xa0;: ce fichier n’existe pas</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot set aside {path}: {reason}</source>
        <translation>Impossible de mettre {path} de côté&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>close</source>
        <translation>fermer la base de données</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>save the draft</source>
        <translation>enregistrer le brouillon</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>read the draft</source>
        <translation>lire le brouillon</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>list the drafts</source>
        <translation>lister les brouillons</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>rename the draft</source>
        <translation>renommer le brouillon</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>delete the draft</source>
        <translation>supprimer le brouillon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>find the last draft</source>
        <translation>retrouver le dernier brouillon</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>save the template</source>
        <translation>enregistrer le modèle</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>read the template</source>
        <translation>lire le modèle</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>list the templates</source>
        <translation>lister les modèles</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>delete the template</source>
        <translation>supprimer le modèle</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>import the templates</source>
        <translation>importer les modèles</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ignore the rule</source>
        <translation>ignorer la règle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stop ignoring the rule</source>
        <translation>ne plus ignorer la règle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>read the ignored rules</source>
        <translation>lire les règles ignorées</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ignore the finding</source>
        <translation>ignorer le signalement</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>stop ignoring the finding</source>
        <translation>ne plus ignorer le signalement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>read the ignored findings</source>
        <translation>lire les signalements ignorés</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>read the schema version</source>
        <translation>lire la version du schéma</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path} is another program&apos;s database, not Composer&apos;s</source>
        <translation>{path} est la base de données d’un autre programme, pas celle de Composer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} was written by a newer Composer (schema version {version}; this one reads up to {known}): update Composer to open it</source>
        <translation>{path} a été écrit par une version plus récente de Composer (version de schéma {version}&#xa0;; celle-ci lit jusqu’à la version {known})&#xa0;: mettez Composer à jour pour l’ouvrir</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{path} is damaged ({problem})</source>
        <translation>{path} est endommagé ({problem})</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not bring {path} from schema version {version} to {target}: {reason}</source>
        <translation>Impossible de faire passer {path} de la version de schéma {version} à la version {target}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{path} has been closed</source>
        <translation>{path} a été fermé</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>draft {id}</source>
        <translation>le brouillon {id}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>order date</source>
        <translation>date de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivery date</source>
        <translation>date de livraison</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+102"/>
        <source>template {id}</source>
        <translation>le modèle {id}</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>time of saving</source>
        <translation>date d’enregistrement</translation>
    </message>
    <message>
        <location filename="../composer/services/outbox.py" line="-504"/>
        <location filename="../composer/services/store.py" line="+6"/>
        <source>{path} is damaged: {where} has an unreadable {field} ({value})</source>
        <extracomment>{where} is &quot;draft 3&quot;, {field} &quot;order date&quot;, {value} the stored value as it is.</extracomment>
        <translation>{path} est endommagé&#xa0;: {field} illisible dans {where} ({value})</translation>
    </message>
    <message>
        <location filename="../composer/services/store.py" line="+15"/>
        <source>{file}: {problem}</source>
        <extracomment>{file} is the file&apos;s name; {problem} completes it (&quot;is not UTF-8 text, …&quot;).</extracomment>
        <translation>{file}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot be read ({reason})</source>
        <translation>illisible ({reason})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is larger than {size} MB</source>
        <translation>dépasse {size} Mo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is not UTF-8 text, so not a template file</source>
        <translation>n’est pas du texte UTF-8, ce n’est donc pas un fichier de modèles</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not valid JSON (line {line}, column {column}: {problem})</source>
        <translation>n’est pas du JSON valide (ligne {line}, colonne {column}&#xa0;: {problem})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not valid JSON ({problem})</source>
        <translation>n’est pas du JSON valide ({problem})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a template file (nested too deeply)</source>
        <translation>n’est pas un fichier de modèles (imbrication trop profonde)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a Composer template file (no {field})</source>
        <extracomment>{field} is the JSON that is missing, as it is.</extracomment>
        <translation>n’est pas un fichier de modèles Composer (aucun {field})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has no valid {field} (a whole number, 1 or more)</source>
        <translation>n’a pas de {field} valide (un nombre entier, 1 ou plus)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>was made by a newer Composer (format version {version}; this one reads up to {known}): update Composer to import it</source>
        <translation>a été créé par une version plus récente de Composer (version de format {version}&#xa0;; celle-ci lit jusqu’à la version {known})&#xa0;: mettez Composer à jour pour l’importer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has an unknown field {field}</source>
        <translation>contient un champ inconnu {field}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} must be text</source>
        <translation>{field} doit être du texte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has no {field} list</source>
        <translation>n’a pas de liste {field}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where} is not an object with a name, subject and body_html</source>
        <translation>{where} n’est pas un objet avec un name, un subject et un body_html</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where} has an unknown field {field}</source>
        <translation>{where} contient un champ inconnu {field}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{where} has no {field}</source>
        <translation>il manque {field} dans {where}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: {field} must be text, not {kind}</source>
        <extracomment>{kind} is what the JSON holds instead: &quot;a number&quot;, &quot;a list&quot;, &quot;null&quot; …</extracomment>
        <translation>{where}&#xa0;: {field} doit être du texte, pas {kind}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: {field} {problem}</source>
        <extracomment>{problem} is &quot;is longer than 200 characters&quot; and the like.</extracomment>
        <translation>{where}&#xa0;: {field} {problem}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: {field} is empty</source>
        <translation>{where}&#xa0;: {field} est vide</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is longer than {limit} characters</source>
        <translation>dépasse {limit} caractères</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contains an invalid character (half of a surrogate pair)</source>
        <translation>contient un caractère non valide (une moitié de paire de substitution)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contains a control character ({code})</source>
        <translation>contient un caractère de contrôle ({code})</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>{path} is a folder, not a database</source>
        <translation>{path} est un dossier, pas une base de données</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} is not a database (not an SQLite file)</source>
        <translation>{path} n’est pas une base de données (pas un fichier SQLite)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open {path}: {reason}</source>
        <translation>Impossible d’ouvrir {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+13"/>
        <source>{file}: cannot be written ({reason})</source>
        <translation>{file}&#xa0;: écriture impossible ({reason})</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+7"/>
        <source>is in use by another program, perhaps another Composer window</source>
        <translation>est utilisé par un autre programme, peut-être une autre fenêtre de Composer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is not a database</source>
        <translation>n’est pas une base de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is damaged</source>
        <translation>est endommagé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot be written: the disk is full</source>
        <translation>ne peut pas être écrit&#xa0;: le disque est plein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is read-only</source>
        <translation>est en lecture seule</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>may not be opened (permission denied)</source>
        <translation>ne peut pas être ouvert (autorisation refusée)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot be opened</source>
        <translation>ne peut pas être ouvert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot be read or written (a disk error)</source>
        <translation>ne peut être ni lu ni écrit (erreur de disque)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not {action}: {path} {problem} ({reason})</source>
        <extracomment>{action} is what was being done (&quot;save the draft&quot;), {problem} &quot;is read-only&quot; and the like, {reason} SQLite&apos;s own words.</extracomment>
        <translation>Composer n’a pas pu {action}&#xa0;: {path} {problem} ({reason})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not {action}: {path}: {reason}</source>
        <translation>Composer n’a pas pu {action}&#xa0;: {path}&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../composer/ui/templates_dialog.py" line="+81"/>
        <location line="+2"/>
        <source>Forbidden message ({purpose})</source>
        <translation>Message interdit ({purpose})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not be checked: {reason}</source>
        <translation>Vérification impossible&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amazon would refuse this template: {problems}.</source>
        <translation>Amazon refuserait ce modèle&#xa0;: {problems}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passes the checks.</source>
        <translation>Conforme aux vérifications.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amazon would refuse this template:
{problems}</source>
        <translation>Amazon refuserait ce modèle&#xa0;:
{problems}</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Composer templates ({patterns})</source>
        <translation>Modèles Composer ({patterns})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files ({patterns})</source>
        <translation>Tous les fichiers ({patterns})</translation>
    </message>
    <message>
        <location line="+559"/>
        <source>template</source>
        <comment>a file name</comment>
        <translation>modèle</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location line="-416"/>
        <location line="+1"/>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template preview</source>
        <translation>Aperçu du modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template check</source>
        <translation>Vérification du modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates message</source>
        <translation>Message d’état des modèles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use template</source>
        <translation>Utiliser le modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save current message as template…</source>
        <translation>Enregistrer le message comme modèle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected templates…</source>
        <translation>Modèles sélectionnés…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All templates…</source>
        <translation>Tous les modèles…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no message to save</source>
        <translation>Il n’y a aucun message à enregistrer</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The templates could not be read: {error}</source>
        <translation>Impossible de lire les modèles&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+82"/>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>{name}, subject: {subject}</source>
        <translation>{name}, objet&#xa0;: {subject}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+82"/>
        <source>Being checked…</source>
        <translation>Vérification en cours…</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>No template selected.</source>
        <translation>Aucun modèle sélectionné.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No templates yet: save the current message as one, or import a file.</source>
        <translation>Aucun modèle pour l’instant&#xa0;: enregistrez le message actuel comme modèle, ou importez un fichier.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it cannot be read</source>
        <translation>il est illisible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This template cannot be used: {reason}</source>
        <translation>Ce modèle est inutilisable&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subject:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not filled in from the order: {names}.</source>
        <translation>Variables non remplies à partir de la commande&#xa0;: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out when inserted: {removed}.</source>
        <translation>Omis à l’insertion&#xa0;: {removed}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“{name}” cannot be used: its body is not text.</source>
        <translation>«&#xa0;{name}&#xa0;» est inutilisable&#xa0;: son corps n’est pas du texte.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+16"/>
        <source>A template needs a name (one line of text).</source>
        <translation>Un modèle doit avoir un nom (une ligne de texte).</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The template could not be saved: {error}</source>
        <translation>Le modèle n’a pas pu être enregistré&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{name}” is gone (deleted in another window).</source>
        <translation>«&#xa0;{name}&#xa0;» n’existe plus (supprimé dans une autre fenêtre).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template could not be renamed: {error}</source>
        <translation>Le modèle n’a pas pu être renommé&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The templates could not be deleted: {error}</source>
        <translation>Les modèles n’ont pas pu être supprimés&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted “{name}”.</source>
        <translation>«&#xa0;{name}&#xa0;» supprimé.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Deleted %Ln template(s).</source>
        <translation>
            <numerusform>%Ln modèle supprimé.</numerusform>
            <numerusform>%Ln modèles supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was imported: {error}</source>
        <translation>Rien n’a été importé&#xa0;: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Imported %Ln template(s) from {file}.</source>
        <translation>
            <numerusform>%Ln modèle importé depuis {file}.</numerusform>
            <numerusform>%Ln modèles importés depuis {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was exported: a selected template was deleted meanwhile.</source>
        <translation>Rien n’a été exporté&#xa0;: un modèle sélectionné a été supprimé entre-temps.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was exported: {error}</source>
        <translation>Rien n’a été exporté&#xa0;: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %Ln template(s) to {file}.</source>
        <translation>
            <numerusform>%Ln modèle exporté vers {file}.</numerusform>
            <numerusform>%Ln modèles exportés vers {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Renamed to “{name}” (“{asked}” is taken).</source>
        <translation>Renommé en «&#xa0;{name}&#xa0;» («&#xa0;{asked}&#xa0;» est déjà pris).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved as “{name}” (“{asked}” is taken).</source>
        <translation>Enregistré sous «&#xa0;{name}&#xa0;» («&#xa0;{asked}&#xa0;» est déjà pris).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renamed to “{name}”.</source>
        <translation>Renommé en «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved as “{name}”.</source>
        <translation>Enregistré sous «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>Template name:</source>
        <translation>Nom du modèle&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename template</source>
        <translation>Renommer le modèle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete “{name}” for good?</source>
        <translation>Supprimer définitivement «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %Ln template(s) for good?</source>
        <translation>
            <numerusform>Supprimer définitivement %Ln modèle&#xa0;?</numerusform>
            <numerusform>Supprimer définitivement %Ln modèles&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete templates</source>
        <translation>Supprimer les modèles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import templates</source>
        <translation>Importer des modèles</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Composer templates</source>
        <comment>a file name</comment>
        <translation>Modèles Composer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export templates</source>
        <translation>Exporter des modèles</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../composer/policy/classifier.py" line="+164"/>
        <source>[Important] on a message that is not critical</source>
        <translation>[Important] sur un message non critique</translation>
    </message>
    <message>
        <location line="+109"/>
        <location filename="../composer/ui/panel.py" line="-37"/>
        <source>Forbidden: {purposes}.</source>
        <translation>Interdit&#xa0;: {purposes}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Critical to completing the order: {purposes}.</source>
        <translation>Critique pour finaliser la commande&#xa0;: {purposes}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Permitted, not critical: a reply to the buyer.</source>
        <translation>Autorisé, non critique&#xa0;: réponse à l’acheteur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Permitted, not critical: no specific purpose recognised.</source>
        <translation>Autorisé, non critique&#xa0;: aucune finalité précise reconnue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Permitted, not critical (it will not reach buyers who opted out): {purposes}.</source>
        <translation>Autorisé, non critique (ne sera pas transmis aux acheteurs désinscrits)&#xa0;: {purposes}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; </source>
        <extracomment>Between the purposes of a message in one sentence.</extracomment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{purpose} (“{sentence}”)</source>
        <extracomment>A purpose and the sentence that showed it, quoted.</extracomment>
        <translation>{purpose} («&#xa0;{sentence}&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../composer/policy/rules/attachments.py" line="+42"/>
        <source>the name says it is marketing (“{cue}”)</source>
        <translation>le nom indique du marketing («&#xa0;{cue}&#xa0;»)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a .{extension} file is rarely instructions, warranty or an invoice</source>
        <translation>un fichier .{extension} est rarement un mode d’emploi, une garantie ou une facture</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage guides and e-books (“{cue}”) read as marketing unless they are the product&apos;s manual</source>
        <translation>les guides d’utilisation et les e-books («&#xa0;{cue}&#xa0;») passent pour du marketing, sauf s’il s’agit du mode d’emploi du produit</translation>
    </message>
    <message>
        <location filename="../composer/policy/rules/envelope.py" line="+166"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the tag no longer lets a message through an opt-out (2025); choose a critical message type instead</source>
        <translation>la mention ne permet plus de passer outre la désinscription d’un acheteur (2025)&#xa0;; choisissez plutôt un type de message critique</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it marks a message as critical when its content is not</source>
        <translation>elle signale comme critique un message qui ne l’est pas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a translated tag never let a message through an opt-out, and it reads as a misused [Important]</source>
        <translation>une mention traduite n’a jamais permis de passer outre la désinscription d’un acheteur, et elle se lit comme un [Important] détourné</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>HTML is not allowed; the text is sent as plain text</source>
        <translation>le HTML n’est pas autorisé&#xa0;; le texte est envoyé en texte brut</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the {type} type sends attachments only, no text</source>
        <translation>le type {type} n’envoie que des pièces jointes, pas de texte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{count} characters; {type} allows {limit}</source>
        <translation>{count} caractères&#xa0;; {type} en autorise {limit}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the {type} type takes no attachments</source>
        <translation>le type {type} n’accepte pas de pièces jointes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} attachments; {type} takes {low} to {high}</source>
        <translation>{count} pièces jointes&#xa0;; {type} en accepte de {low} à {high}</translation>
    </message>
    <message>
        <location filename="../composer/policy/rules/links.py" line="+183"/>
        <source>a {scheme}: link</source>
        <translation>un lien {scheme}:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a shortened link hides where it goes</source>
        <translation>un lien raccourci masque sa destination</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it leads to {host}</source>
        <translation>il mène à {host}</translation>
    </message>
    <message>
        <location filename="../composer/policy/rules/styling.py" line="+320"/>
        <source>image without alt text</source>
        <translation>image sans texte alternatif</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>link text that does not say where it goes</source>
        <translation>texte de lien qui n’indique pas sa destination</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>text colour too light to read on white</source>
        <translation>couleur de texte trop claire pour être lue sur fond blanc</translation>
    </message>
    <message>
        <location filename="../composer/policy/rules/spelling.py" line="-51"/>
        <source>Replace with “{word}”</source>
        <translation>Remplacer par «&#xa0;{word}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>country</name>
    <message>
        <location filename="../composer/services/marketplaces.py" line="-185"/>
        <source>United States</source>
        <comment>US</comment>
        <translation>États-Unis</translation>
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
        <translation>Mexique</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Brazil</source>
        <comment>BR</comment>
        <translation>Brésil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>United Kingdom</source>
        <comment>UK</comment>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Germany</source>
        <comment>DE</comment>
        <translation>Allemagne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>France</source>
        <comment>FR</comment>
        <translation>France</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Italy</source>
        <comment>IT</comment>
        <translation>Italie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spain</source>
        <comment>ES</comment>
        <translation>Espagne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Netherlands</source>
        <comment>NL</comment>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sweden</source>
        <comment>SE</comment>
        <translation>Suède</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Poland</source>
        <comment>PL</comment>
        <translation>Pologne</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Belgium</source>
        <comment>BE</comment>
        <translation>Belgique</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Ireland</source>
        <comment>IE</comment>
        <translation>Irlande</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Turkey</source>
        <comment>TR</comment>
        <translation>Turquie</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>United Arab Emirates</source>
        <comment>AE</comment>
        <translation>Émirats arabes unis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saudi Arabia</source>
        <comment>SA</comment>
        <translation>Arabie saoudite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Egypt</source>
        <comment>EG</comment>
        <translation>Égypte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>South Africa</source>
        <comment>ZA</comment>
        <translation>Afrique du Sud</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>India</source>
        <comment>IN</comment>
        <translation>Inde</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Japan</source>
        <comment>JP</comment>
        <translation>Japon</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Australia</source>
        <comment>AU</comment>
        <translation>Australie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Singapore</source>
        <comment>SG</comment>
        <translation>Singapour</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <location filename="../composer/policy/data_strings.py" line="+1366"/>
        <source>English</source>
        <comment>en</comment>
        <extracomment>The name of the language en.</extracomment>
        <translation>anglais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>German</source>
        <comment>de</comment>
        <extracomment>The name of the language de.</extracomment>
        <translation>allemand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>French</source>
        <comment>fr</comment>
        <extracomment>The name of the language fr.</extracomment>
        <translation>français</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spanish</source>
        <comment>es</comment>
        <extracomment>The name of the language es.</extracomment>
        <translation>espagnol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Italian</source>
        <comment>it</comment>
        <extracomment>The name of the language it.</extracomment>
        <translation>italien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portuguese</source>
        <comment>pt</comment>
        <extracomment>The name of the language pt.</extracomment>
        <translation>portugais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dutch</source>
        <comment>nl</comment>
        <extracomment>The name of the language nl.</extracomment>
        <translation>néerlandais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polish</source>
        <comment>pl</comment>
        <extracomment>The name of the language pl.</extracomment>
        <translation>polonais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latvian</source>
        <comment>lv</comment>
        <extracomment>The name of the language lv.</extracomment>
        <translation>letton</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basque</source>
        <comment>eu</comment>
        <extracomment>The name of the language eu.</extracomment>
        <translation>basque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Russian</source>
        <comment>ru</comment>
        <extracomment>The name of the language ru.</extracomment>
        <translation>russe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arabic</source>
        <comment>ar</comment>
        <extracomment>The name of the language ar.</extracomment>
        <translation>arabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persian</source>
        <comment>fa</comment>
        <extracomment>The name of the language fa.</extracomment>
        <translation>persan</translation>
    </message>
</context>
<context>
    <name>message-type</name>
    <message>
        <location line="-357"/>
        <source>Confirm customization details</source>
        <comment>confirmCustomizationDetails</comment>
        <extracomment>SP-API message type confirmCustomizationDetails (critical): Seller Central&apos;s name.</extracomment>
        <translation>Confirmer les détails de personnalisation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Confirm delivery details</source>
        <comment>confirmDeliveryDetails</comment>
        <extracomment>SP-API message type confirmDeliveryDetails (critical): Seller Central&apos;s name.</extracomment>
        <translation>Confirmer les détails de livraison</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm order details</source>
        <comment>confirmOrderDetails</comment>
        <extracomment>SP-API message type confirmOrderDetails (critical): Seller Central&apos;s name.</extracomment>
        <translation>Confirmer les détails de la commande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unexpected problem</source>
        <comment>unexpectedProblem</comment>
        <extracomment>SP-API message type unexpectedProblem (critical): Seller Central&apos;s name.</extracomment>
        <translation>Problème inattendu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Legal disclosure</source>
        <comment>legalDisclosure</comment>
        <extracomment>SP-API message type legalDisclosure (critical): Seller Central&apos;s name.</extracomment>
        <translation>Informations légales obligatoires</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm service details</source>
        <comment>confirmServiceDetails</comment>
        <extracomment>SP-API message type confirmServiceDetails (not critical): Seller Central&apos;s name.</extracomment>
        <translation>Confirmer les détails de l’intervention</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Digital access key</source>
        <comment>digitalAccessKey</comment>
        <extracomment>SP-API message type digitalAccessKey (not critical): Seller Central&apos;s name.</extracomment>
        <translation>Clé d’accès numérique</translation>
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
        <translation>Facture</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request a review (Solicitations API)</source>
        <comment>productReviewAndSellerFeedback</comment>
        <extracomment>SP-API message type productReviewAndSellerFeedback (not critical): Seller Central&apos;s name.</extracomment>
        <translation>Demander un avis (API Solicitations)</translation>
    </message>
</context>
<context>
    <name>message-type-topic</name>
    <message>
        <location line="-38"/>
        <source>customization details</source>
        <comment>confirmCustomizationDetails</comment>
        <extracomment>SP-API message type confirmCustomizationDetails: what it is about.</extracomment>
        <translation>détails de personnalisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>order delivery</source>
        <comment>confirmDeliveryDetails</comment>
        <extracomment>SP-API message type confirmDeliveryDetails: what it is about.</extracomment>
        <translation>livraison de la commande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>order completion</source>
        <comment>confirmOrderDetails</comment>
        <extracomment>SP-API message type confirmOrderDetails: what it is about.</extracomment>
        <translation>finalisation de la commande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an unexpected problem with the order</source>
        <comment>unexpectedProblem</comment>
        <extracomment>SP-API message type unexpectedProblem: what it is about.</extracomment>
        <translation>un problème inattendu avec la commande</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>documents required by law</source>
        <comment>legalDisclosure</comment>
        <extracomment>SP-API message type legalDisclosure: what it is about.</extracomment>
        <translation>documents exigés par la loi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Home Service calls</source>
        <comment>confirmServiceDetails</comment>
        <extracomment>SP-API message type confirmServiceDetails: what it is about.</extracomment>
        <translation>interventions à domicile (Home Services)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the digital access key</source>
        <comment>digitalAccessKey</comment>
        <extracomment>SP-API message type digitalAccessKey: what it is about.</extracomment>
        <translation>la clé d’accès numérique</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warranty information</source>
        <comment>warranty</comment>
        <extracomment>SP-API message type warranty: what it is about.</extracomment>
        <translation>informations de garantie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the invoice</source>
        <comment>invoice</comment>
        <extracomment>SP-API message type invoice: what it is about.</extracomment>
        <translation>la facture</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amazon&apos;s own review and feedback request; the seller writes no text</source>
        <comment>productReviewAndSellerFeedback</comment>
        <extracomment>SP-API message type productReviewAndSellerFeedback: what it is about.</extracomment>
        <translation>demande d’avis et d’évaluation rédigée par Amazon&#xa0;; le vendeur n’écrit aucun texte</translation>
    </message>
</context>
<context>
    <name>purpose</name>
    <message>
        <location line="-136"/>
        <source>Customization details</source>
        <comment>customization</comment>
        <extracomment>Purpose customization (critical): what a message is for.</extracomment>
        <translation>Détails de personnalisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery scheduling</source>
        <comment>delivery-scheduling</comment>
        <extracomment>Purpose delivery-scheduling (critical): what a message is for.</extracomment>
        <translation>Planification de la livraison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipping address problem</source>
        <comment>address-problem</comment>
        <extracomment>Purpose address-problem (critical): what a message is for.</extracomment>
        <translation>Problème d’adresse de livraison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Information needed to complete the order</source>
        <comment>additional-information</comment>
        <extracomment>Purpose additional-information (critical): what a message is for.</extracomment>
        <translation>Informations nécessaires pour finaliser la commande</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unexpected problem that blocks the order</source>
        <comment>unexpected-problem</comment>
        <extracomment>Purpose unexpected-problem (critical): what a message is for.</extracomment>
        <translation>Problème inattendu qui bloque la commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document required by law</source>
        <comment>legal-disclosure</comment>
        <extracomment>Purpose legal-disclosure (critical): what a message is for.</extracomment>
        <translation>Document exigé par la loi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay or cancellation notice</source>
        <comment>delay-notice</comment>
        <extracomment>Purpose delay-notice (permitted): what a message is for.</extracomment>
        <translation>Notification de retard ou d’annulation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return question or partial refund</source>
        <comment>return-information</comment>
        <extracomment>Purpose return-information (permitted): what a message is for.</extracomment>
        <translation>Question sur un retour ou remboursement partiel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice</source>
        <comment>invoice</comment>
        <extracomment>Purpose invoice (permitted): what a message is for.</extracomment>
        <translation>Facture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neutral review or feedback request</source>
        <comment>review-request</comment>
        <extracomment>Purpose review-request (permitted): what a message is for.</extracomment>
        <translation>Demande d’avis ou d’évaluation neutre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home Services appointment</source>
        <comment>service-appointment</comment>
        <extracomment>Purpose service-appointment (permitted): what a message is for.</extracomment>
        <translation>Rendez-vous d’intervention à domicile (Home Services)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warranty information</source>
        <comment>warranty</comment>
        <extracomment>Purpose warranty (permitted): what a message is for.</extracomment>
        <translation>Informations de garantie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digital access key</source>
        <comment>digital-access-key</comment>
        <extracomment>Purpose digital-access-key (permitted): what a message is for.</extracomment>
        <translation>Clé d’accès numérique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neutral note about seller feedback</source>
        <comment>feedback-removal</comment>
        <extracomment>Purpose feedback-removal (permitted): what a message is for.</extracomment>
        <translation>Mention neutre sur l’évaluation vendeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund or return confirmation</source>
        <comment>refund-confirmation</comment>
        <extracomment>Purpose refund-confirmation (permitted): what a message is for.</extracomment>
        <translation>Confirmation de remboursement ou de retour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unprompted tips, manuals or check-ins</source>
        <comment>proactive-service-content</comment>
        <extracomment>Purpose proactive-service-content (permitted): what a message is for.</extracomment>
        <translation>Conseils, modes d’emploi ou prises de nouvelles non sollicités</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Substitute offered for an out-of-stock item</source>
        <comment>out-of-stock-substitute</comment>
        <extracomment>Purpose out-of-stock-substitute (permitted): what a message is for.</extracomment>
        <translation>Article de substitution proposé pour un produit en rupture de stock</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reply to the buyer</source>
        <comment>buyer-reply</comment>
        <extracomment>Purpose buyer-reply (permitted): what a message is for.</extracomment>
        <translation>Réponse à l’acheteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other content</source>
        <comment>other</comment>
        <extracomment>Purpose other (permitted): what a message is for.</extracomment>
        <translation>Autre contenu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order confirmation</source>
        <comment>order-confirmation</comment>
        <extracomment>Purpose order-confirmation (forbidden): what a message is for.</extracomment>
        <translation>Confirmation de commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipping or delivery confirmation</source>
        <comment>shipping-confirmation</comment>
        <extracomment>Purpose shipping-confirmation (forbidden): what a message is for.</extracomment>
        <translation>Confirmation d’expédition ou de livraison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thanks or help offer only</source>
        <comment>thank-you-only</comment>
        <extracomment>Purpose thank-you-only (forbidden): what a message is for.</extracomment>
        <translation>Uniquement des remerciements ou une offre d’aide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marketing or promotion</source>
        <comment>promotion</comment>
        <extracomment>Purpose promotion (forbidden): what a message is for.</extracomment>
        <translation>Marketing ou promotion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review incentive</source>
        <comment>review-incentive</comment>
        <extracomment>Purpose review-incentive (forbidden): what a message is for.</extracomment>
        <translation>Contrepartie en échange d’un avis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positive-only, conditional or steering review request</source>
        <comment>review-manipulation</comment>
        <extracomment>Purpose review-manipulation (forbidden): what a message is for.</extracomment>
        <translation>Demande d’avis orientée, conditionnelle ou réservée aux avis positifs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request to change or remove a review</source>
        <comment>review-removal</comment>
        <extracomment>Purpose review-removal (forbidden): what a message is for.</extracomment>
        <translation>Demande de modification ou de suppression d’un avis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pressure to remove seller feedback</source>
        <comment>feedback-removal-pressure</comment>
        <extracomment>Purpose feedback-removal-pressure (forbidden): what a message is for.</extracomment>
        <translation>Pression pour faire retirer une évaluation vendeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second or reminder review request</source>
        <comment>repeated-review-request</comment>
        <extracomment>Purpose repeated-review-request (forbidden): what a message is for.</extracomment>
        <translation>Deuxième demande d’avis ou relance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message to someone who did not order</source>
        <comment>no-order-relationship</comment>
        <extracomment>Purpose no-order-relationship (forbidden): what a message is for.</extracomment>
        <translation>Message à une personne qui n’a pas commandé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proactive message after the 30-day window</source>
        <comment>order-age</comment>
        <extracomment>Purpose order-age (forbidden): what a message is for.</extracomment>
        <translation>Message proactif au-delà du délai de 30 jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diverting the buyer off Amazon</source>
        <comment>off-amazon</comment>
        <extracomment>Purpose off-amazon (forbidden): what a message is for.</extracomment>
        <translation>Détournement de l’acheteur hors d’Amazon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asking for payment after the sale</source>
        <comment>extra-payment</comment>
        <extracomment>Purpose extra-payment (forbidden): what a message is for.</extracomment>
        <translation>Demande de paiement après la vente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asking the buyer to cancel</source>
        <comment>cancellation-request</comment>
        <extracomment>Purpose cancellation-request (forbidden): what a message is for.</extracomment>
        <translation>Annulation demandée à l’acheteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Critical tag on non-critical content</source>
        <comment>important-tag-misuse</comment>
        <extracomment>Purpose important-tag-misuse (forbidden): what a message is for.</extracomment>
        <translation>Marquage critique sur un contenu non critique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content outside the chosen message type</source>
        <comment>purpose-mismatch</comment>
        <extracomment>Purpose purpose-mismatch (forbidden): what a message is for.</extracomment>
        <translation>Contenu hors du type de message choisi</translation>
    </message>
</context>
<context>
    <name>rule-explanation</name>
    <message>
        <location line="-999"/>
        <source>Amazon sends the order confirmation itself. A message (or part of one) whose job is to say the order was placed, received or is being processed is on Amazon&apos;s list of messages that are not permitted. Restating order facts inside a real question (a customization, a delivery appointment) is fine.</source>
        <comment>order-confirmation</comment>
        <extracomment>Rule order-confirmation: why Amazon forbids it.</extracomment>
        <translation>Amazon envoie lui-même la confirmation de commande. Un message (ou une partie de message) dont le rôle est d’annoncer que la commande a été passée, reçue ou qu’elle est en cours de traitement figure sur la liste des messages non autorisés par Amazon. Rappeler des éléments de la commande dans une vraie question (une personnalisation, un rendez-vous de livraison) reste possible.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dispatch notices, &quot;on its way&quot;, tracking-number-only mails and delivery confirmations repeat what Amazon already sent and are not permitted. A real delivery problem or a reply to the buyer&apos;s &quot;where is my parcel?&quot; is different.</source>
        <comment>shipping-confirmation</comment>
        <extracomment>Rule shipping-confirmation: why Amazon forbids it.</extracomment>
        <translation>Les notifications d’expédition, les messages «&#xa0;votre colis est en route&#xa0;», les e-mails qui ne contiennent qu’un numéro de suivi et les confirmations de livraison répètent ce qu’Amazon a déjà envoyé et ne sont pas autorisés. Un vrai problème de livraison ou la réponse à un acheteur qui demande «&#xa0;où est mon colis&#xa0;?&#xa0;» sont une autre affaire.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A message whose only purpose is to confirm a refund or the arrival of a return repeats Amazon&apos;s own notification. Offering a partial refund or asking for information needed to complete the return is permitted.</source>
        <comment>refund-confirmation</comment>
        <extracomment>Rule refund-confirmation: why Amazon forbids it.</extracomment>
        <translation>Un message dont le seul but est de confirmer un remboursement ou la réception d’un retour fait doublon avec la notification d’Amazon. Proposer un remboursement partiel ou demander les informations nécessaires pour finaliser le retour est autorisé.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Messages that only thank the buyer, or only say you are there if something goes wrong, are not permitted. Courtesy lines inside a message with a real purpose are fine.</source>
        <comment>thank-you-only</comment>
        <extracomment>Rule thank-you-only: why Amazon forbids it.</extracomment>
        <translation>Les messages qui se contentent de remercier l’acheteur, ou seulement de dire que vous êtes là en cas de problème, ne sont pas autorisés. Les formules de politesse dans un message qui a une vraie raison d’être sont acceptées.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Usage tips, care guides, FAQs, troubleshooting and &quot;how is your product?&quot; check-ins are non-critical proactive service that Amazon does not list as permitted. Warranty information and legally required documents have their own message types; answering a buyer&apos;s question is fine.</source>
        <comment>proactive-service-content</comment>
        <extracomment>Rule proactive-service-content: why Amazon forbids it.</extracomment>
        <translation>Les conseils d’utilisation, guides d’entretien, FAQ, aides au dépannage et messages du type «&#xa0;comment trouvez-vous votre produit&#xa0;?&#xa0;» relèvent du service client proactif non critique, qu’Amazon ne cite pas parmi les messages autorisés. Les informations de garantie et les documents exigés par la loi ont leurs propres types de message&#xa0;; répondre à une question de l’acheteur ne pose pas de problème.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>When an item cannot be shipped, Amazon expects the seller to cancel and refund, not to offer a substitute or ask the buyer to wait. A delay notice is required but non-critical.</source>
        <comment>out-of-stock-substitute</comment>
        <extracomment>Rule out-of-stock-substitute: why Amazon forbids it.</extracomment>
        <translation>Lorsqu’un article ne peut pas être expédié, Amazon attend du vendeur qu’il annule la commande et rembourse l’acheteur, et non qu’il propose un article de substitution ou demande à l’acheteur de patienter. La notification d’un retard est obligatoire, mais non critique.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A seller who cannot fulfil an order must cancel it, not ask the buyer to do so (which shifts the cancellation onto the buyer).</source>
        <comment>cancellation-request</comment>
        <extracomment>Rule cancellation-request: why Amazon forbids it.</extracomment>
        <translation>Un vendeur qui ne peut pas honorer une commande doit l’annuler lui-même, et non demander à l’acheteur de le faire (ce qui reporte l’annulation sur l’acheteur).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Coupons, discount codes, sales, new products, cross-selling, newsletters, &quot;follow us&quot;, referral codes and gifts on the next order are not allowed, not even inside an otherwise permitted message.</source>
        <comment>promotion</comment>
        <extracomment>Rule promotion: why Amazon forbids it.</extracomment>
        <translation>Coupons, codes de réduction, soldes, nouveautés, ventes croisées, newsletters, «&#xa0;suivez-nous&#xa0;», codes de parrainage et cadeaux sur la prochaine commande sont interdits, même à l’intérieur d’un message par ailleurs autorisé.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Buying on the seller&apos;s own website, contacting the seller on WhatsApp or social media, paying outside Amazon or joining a mailing list take the buyer off Amazon, which Amazon&apos;s prohibited seller activities forbid.</source>
        <comment>off-amazon</comment>
        <extracomment>Rule off-amazon: why Amazon forbids it.</extracomment>
        <translation>Acheter sur le site du vendeur, le contacter sur WhatsApp ou sur les réseaux sociaux, payer en dehors d’Amazon ou s’inscrire à une liste de diffusion&#xa0;: tout cela fait sortir l’acheteur d’Amazon, ce que proscrivent les règles d’Amazon sur les activités interdites aux vendeurs.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Surcharges, price differences, customs fees or tips requested after the sale, above all through a non-Amazon payment route, are prohibited.</source>
        <comment>extra-payment</comment>
        <extracomment>Rule extra-payment: why Amazon forbids it.</extracomment>
        <translation>Les suppléments, différences de prix, frais de douane ou pourboires demandés après la vente sont interdits, a fortiori par un moyen de paiement extérieur à Amazon.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A message sent under a message type or contact reason must stay on its topic: a review request inside an &quot;unexpected problem&quot; message, or non-critical content under a critical type, is misuse of the critical channel.</source>
        <comment>purpose-mismatch</comment>
        <extracomment>Rule purpose-mismatch: why Amazon forbids it.</extracomment>
        <translation>Un message envoyé sous un type de message ou un motif de contact doit s’en tenir à son sujet&#xa0;: une demande d’avis dans un message «&#xa0;Problème inattendu&#xa0;», ou un contenu non critique sous un type critique, constitue un usage abusif du canal critique.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Messages to people who have neither bought from the seller nor contacted them (for example because they viewed a product) are not permitted.</source>
        <comment>no-order-relationship</comment>
        <extracomment>Rule no-order-relationship: why Amazon forbids it.</extracomment>
        <translation>Les messages adressés à des personnes qui n’ont ni acheté chez le vendeur ni pris contact avec lui (par exemple parce qu’elles ont consulté un produit) ne sont pas autorisés.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Money, gift cards, free or discounted products, refunds, rebates, future benefits or draw entries in exchange for a review or feedback break Amazon&apos;s review policies, in messages and package inserts alike.</source>
        <comment>review-incentive</comment>
        <extracomment>Rule review-incentive: why Amazon forbids it.</extracomment>
        <translation>Offrir de l’argent, des cartes cadeaux, des produits gratuits ou à prix réduit, des remboursements, des ristournes, des avantages futurs ou une participation à un tirage au sort en échange d’un avis ou d’une évaluation enfreint les règles d’Amazon sur les commentaires client, dans les messages comme dans les encarts glissés dans le colis.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Asking for a positive or 5-star review, asking only satisfied buyers, making the ask conditional (&quot;if you love it…&quot;), or steering unhappy buyers to the seller before they review are review manipulation.</source>
        <comment>review-manipulation</comment>
        <extracomment>Rule review-manipulation: why Amazon forbids it.</extracomment>
        <translation>Demander un avis positif ou 5 étoiles, ne solliciter que les acheteurs satisfaits, rendre la demande conditionnelle («&#xa0;si vous l’adorez…&#xa0;») ou inviter les acheteurs mécontents à contacter le vendeur avant de laisser un avis&#xa0;: c’est de la manipulation d’avis.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Asking the buyer to change, update or delete a product review is prohibited even after the problem has been fixed, with or without an incentive.</source>
        <comment>review-removal</comment>
        <extracomment>Rule review-removal: why Amazon forbids it.</extracomment>
        <translation>Demander à l’acheteur de modifier, de mettre à jour ou de supprimer un avis produit est interdit, même une fois le problème résolu, avec ou sans contrepartie.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>For seller feedback (not product reviews) a single neutral note, after the problem is fully solved, that the buyer may update or remove their feedback is allowed. Pressure or an incentive makes it review manipulation. The SP-API message type for this note was deleted in August 2025.</source>
        <comment>feedback-removal</comment>
        <extracomment>Rule feedback-removal: why Amazon forbids it.</extracomment>
        <translation>Pour l’évaluation vendeur (pas pour les avis produit), une seule mention neutre, envoyée une fois le problème entièrement résolu et indiquant que l’acheteur peut modifier ou retirer son évaluation, est autorisée. Toute pression ou contrepartie en fait une manipulation d’avis. Le type de message SP-API prévu pour cette mention a été supprimé en août 2025.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Amazon allows one review or feedback request per order, counting the Request a Review button, the Solicitations API and free-form messages together. Reminders are a second request.</source>
        <comment>repeated-review-request</comment>
        <extracomment>Rule repeated-review-request: why Amazon forbids it.</extracomment>
        <translation>Amazon autorise une seule demande d’avis ou d’évaluation par commande, en comptant ensemble le bouton Demander un avis, l’API Solicitations et les messages libres. Une relance est une deuxième demande.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Amazon&apos;s Request a Review button and Solicitations API accept a request only from 5 days after delivery until 30 days after it; asking before the buyer has the item, or months later, is outside the window.</source>
        <comment>review-request-window</comment>
        <extracomment>Rule review-request-window: why Amazon forbids it.</extracomment>
        <translation>Le bouton Demander un avis et l’API Solicitations d’Amazon n’acceptent une demande qu’entre 5 et 30 jours après la livraison&#xa0;; la faire avant que l’acheteur ait reçu l’article, ou des mois plus tard, c’est sortir de cette période.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>URLs, bare domains, shortened links and links behind images or buttons that lead away from Amazon are not allowed. The exception is an https link the buyer needs to complete this order: the page to upload a customization design, the carrier&apos;s page to book a delivery slot, the page to redeem a digital key or book a home-service appointment.</source>
        <comment>external-link</comment>
        <extracomment>Rule external-link: why Amazon forbids it.</extracomment>
        <translation>Les URL, noms de domaine seuls, liens raccourcis et liens cachés derrière des images ou des boutons qui mènent hors d’Amazon sont interdits. Seule exception&#xa0;: un lien https dont l’acheteur a besoin pour finaliser cette commande (la page pour envoyer un visuel de personnalisation, la page du transporteur pour réserver un créneau de livraison, la page pour activer une clé numérique ou pour réserver une intervention à domicile).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Any http:// link is blocked, even to an otherwise allowed destination: rewrite it to https.</source>
        <comment>insecure-link</comment>
        <extracomment>Rule insecure-link: why Amazon forbids it.</extracomment>
        <translation>Tout lien http:// est bloqué, même vers une destination par ailleurs autorisée&#xa0;: passez-le en https.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Links to Amazon are allowed, but a brand store, another product&apos;s page or a search result is used to sell. A link to the ordered item or its review page in the single review request is tolerated; the Request a Review button is safer.</source>
        <comment>storefront-link</comment>
        <extracomment>Rule storefront-link: why Amazon forbids it.</extracomment>
        <translation>Les liens vers Amazon sont autorisés, mais une boutique de marque, la page d’un autre produit ou des résultats de recherche servent à vendre. Un lien vers l’article commandé ou vers sa page d’avis dans l’unique demande d’avis est toléré&#xa0;; le bouton Demander un avis est plus sûr.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unsubscribe links and instructions to stop seller messages are not allowed; Amazon controls opt-outs.</source>
        <comment>opt-out-link</comment>
        <extracomment>Rule opt-out-link: why Amazon forbids it.</extracomment>
        <translation>Les liens de désabonnement et les instructions pour ne plus recevoir les messages du vendeur sont interdits&#xa0;: c’est Amazon qui gère les désinscriptions.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Any e-mail address (seller, staff, third party), obfuscated forms such as &quot;name at example dot com&quot;, and mailto: links are forbidden; Amazon strips them.</source>
        <comment>email-address</comment>
        <extracomment>Rule email-address: why Amazon forbids it.</extracomment>
        <translation>Toute adresse e-mail (du vendeur, d’un employé, d’un tiers), les formes déguisées comme «&#xa0;nom arobase exemple point com&#xa0;» et les liens mailto: sont interdits&#xa0;; Amazon les supprime.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Telephone numbers of any kind (seller, staff, WhatsApp) and tel: links are forbidden. Numbers next to a carrier, manufacturer or warranty service are still reported, as a warning. To get the buyer&apos;s number for a delivery, ask them to confirm it (confirmDeliveryDetails).</source>
        <comment>phone-number</comment>
        <extracomment>Rule phone-number: why Amazon forbids it.</extracomment>
        <translation>Les numéros de téléphone de toute sorte (vendeur, employé, WhatsApp) et les liens tel: sont interdits. Un numéro placé à côté d’un transporteur, d’un fabricant ou d’un service de garantie est tout de même signalé, sous forme d’avertissement. Pour obtenir le numéro de l’acheteur en vue d’une livraison, demandez-lui de le confirmer (confirmDeliveryDetails).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Asking for the buyer&apos;s personal e-mail, phone, social accounts or other data the order does not need is risky. Confirming a contact phone or address for a delivery appointment is the confirmDeliveryDetails scope and fine.</source>
        <comment>personal-data-request</comment>
        <extracomment>Rule personal-data-request: why Amazon forbids it.</extracomment>
        <translation>Demander l’e-mail personnel de l’acheteur, son téléphone, ses comptes sur les réseaux sociaux ou d’autres données dont la commande n’a pas besoin est risqué. Confirmer un téléphone ou une adresse de contact pour un rendez-vous de livraison relève de confirmDeliveryDetails et ne pose pas de problème.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Logos that link to a website, or visibly display a web address, are forbidden. A plain logo without a URL is fine.</source>
        <comment>logo-link</comment>
        <extracomment>Rule logo-link: why Amazon forbids it.</extracomment>
        <translation>Les logos qui renvoient vers un site web ou qui affichent une adresse web sont interdits. Un simple logo sans URL est accepté.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pictures of the purchased product are not allowed (Amazon adds them). Photos the buyer asked for, customization proofs and damage photos in a return are fine.</source>
        <comment>product-image</comment>
        <extracomment>Rule product-image: why Amazon forbids it.</extracomment>
        <translation>Les images du produit acheté ne sont pas autorisées (Amazon les ajoute lui-même). Les photos demandées par l’acheteur, les maquettes de personnalisation et les photos de dommages lors d’un retour sont acceptées.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Images unrelated to the brand or the business, such as memes, holiday stock photos or decorative banners, are not allowed.</source>
        <comment>unrelated-image</comment>
        <extracomment>Rule unrelated-image: why Amazon forbids it.</extracomment>
        <translation>Les images sans rapport avec la marque ou l’activité, comme les mèmes, les photos d’illustration de fêtes ou les bannières décoratives, ne sont pas autorisées.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Images of 1×1 or 2×2 pixels, hidden images and open-tracking beacons of e-mail services track the buyer, which Amazon forbids.</source>
        <comment>tracking-pixel</comment>
        <extracomment>Rule tracking-pixel: why Amazon forbids it.</extracomment>
        <translation>Les images de 1×1 ou 2×2 pixels, les images masquées et les balises de suivi d’ouverture des services d’e-mailing pistent l’acheteur, ce qu’Amazon interdit.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Attachments other than product instructions, warranty information or invoices (catalogues, coupons, flyers, e-books, archives, programs, HTML files) are not allowed. Customization proofs, legally required documents and digital-key files have their own message types.</source>
        <comment>attachment-type</comment>
        <extracomment>Rule attachment-type: why Amazon forbids it.</extracomment>
        <translation>Les pièces jointes autres que les modes d’emploi du produit, les informations de garantie ou les factures (catalogues, coupons, prospectus, livres numériques, archives, programmes, fichiers HTML) ne sont pas autorisées. Les maquettes de personnalisation, les documents exigés par la loi et les fichiers de clés numériques ont leurs propres types de message.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Amazon accepts at most 10 MB of attachments per message: compress or split them.</source>
        <comment>attachment-size</comment>
        <extracomment>Rule attachment-size: why Amazon forbids it.</extracomment>
        <translation>Amazon accepte au maximum 10&#xa0;Mo de pièces jointes par message&#xa0;: compressez-les ou répartissez-les sur plusieurs messages.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nudity, violence, adult or offensive language are not allowed. Product vocabulary the order needs is not offensive.</source>
        <comment>sensitive-content</comment>
        <extracomment>Rule sensitive-content: why Amazon forbids it.</extracomment>
        <translation>La nudité, la violence et le langage pour adultes ou offensant ne sont pas autorisés. Le vocabulaire lié au produit commandé n’est pas considéré comme offensant.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Threats of legal action or reports, insults, blame or pressure about claims, returns or feedback break Amazon&apos;s expectation of courteous messages.</source>
        <comment>hostile-tone</comment>
        <extracomment>Rule hostile-tone: why Amazon forbids it.</extracomment>
        <translation>Les menaces d’action en justice ou de signalement, les insultes, les reproches ou la pression à propos de réclamations, de retours ou d’évaluations vont à l’encontre de la courtoisie qu’Amazon exige dans les messages.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Since November 2020 a proactive message must carry the order&apos;s 17-digit ID. An order-ID placeholder of a template ({order_id}, [Order ID], ${order.order_id}) counts. Through the SP-API or Seller Central Amazon attaches the order itself, so there it is only recommended (info).</source>
        <comment>missing-order-id</comment>
        <extracomment>Rule missing-order-id: why Amazon forbids it.</extracomment>
        <translation>Depuis novembre 2020, un message proactif doit comporter le numéro de commande à 17 chiffres. Une variable de modèle pour le numéro de commande ({order_id}, [Order ID], ${order.order_id}) compte. Via la SP-API ou Seller Central, Amazon rattache lui-même la commande au message&#xa0;: le numéro n’y est donc que recommandé (information).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>An order ID in the text that is not the order the message is attached to, or several IDs, suggests the message goes to the wrong buyer.</source>
        <comment>order-id-mismatch</comment>
        <extracomment>Rule order-id-mismatch: why Amazon forbids it.</extracomment>
        <translation>Un numéro de commande dans le texte qui ne correspond pas à la commande à laquelle le message est rattaché, ou la présence de plusieurs numéros, laisse penser que le message s’adresse au mauvais acheteur.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Proactive messages may be sent only within 30 days of order completion (delivery, else the order date). More than 30 days after the order but within 30 days of delivery is a warning, since the sources disagree on which date counts. Replies to the buyer are not limited.</source>
        <comment>order-age</comment>
        <extracomment>Rule order-age: why Amazon forbids it.</extracomment>
        <translation>Les messages proactifs ne peuvent être envoyés que dans les 30 jours suivant la finalisation de la commande (la livraison, à défaut la date de commande). Plus de 30 jours après la commande mais moins de 30 jours après la livraison, c’est un avertissement, car les sources divergent sur la date qui compte. Les réponses à l’acheteur ne sont pas limitées.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Since November 2020 messages must be written in the buyer&apos;s language of preference (the SP-API&apos;s GetAttributes tells it). A bilingual message is a warning: it does not match the preference either.</source>
        <comment>language-mismatch</comment>
        <extracomment>Rule language-mismatch: why Amazon forbids it.</extracomment>
        <translation>Depuis novembre 2020, les messages doivent être rédigés dans la langue préférée de l’acheteur (indiquée par GetAttributes dans la SP-API). Un message bilingue donne un avertissement&#xa0;: il ne correspond pas non plus à la préférence.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Until 2025 a critical message sent from an own mail client could carry [Important] in the subject to reach buyers who had opted out; misuse on non-critical messages was a top reason for restrictions. Amazon has since removed the override: the tag is misuse on a non-critical message (error) and merely useless on a critical one (warning); delivery now depends on the contact reason or SP-API type. A translated tag ([Wichtig], [Importante], …) never had that effect: it is flagged as a warning.</source>
        <comment>important-tag-misuse</comment>
        <extracomment>Rule important-tag-misuse: why Amazon forbids it.</extracomment>
        <translation>Jusqu’en 2025, un message critique envoyé depuis son propre client de messagerie pouvait porter la mention [Important] dans l’objet pour atteindre les acheteurs désinscrits&#xa0;; son usage abusif sur des messages non critiques était l’une des principales causes de restriction. Amazon a depuis supprimé ce contournement&#xa0;: la mention est un abus sur un message non critique (erreur) et simplement inutile sur un message critique (avertissement)&#xa0;; la transmission dépend désormais du motif de contact ou du type SP-API. Une mention traduite ([Wichtig], [Importante]…) n’a jamais eu cet effet&#xa0;: elle est signalée comme avertissement.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Messages sent through the Messaging API are plain text within the type&apos;s limit (confirmCustomizationDetails 800, digitalAccessKey 400, the others 2,000 characters), with no HTML or e-mail addresses, links only on the type&apos;s topic, and 1 to 5 attachments on the types that take them; invoice, warranty and legalDisclosure take attachments only.</source>
        <comment>api-text-constraints</comment>
        <extracomment>Rule api-text-constraints: why Amazon forbids it.</extracomment>
        <translation>Les messages envoyés via l’API Messaging sont en texte brut, dans la limite du type (confirmCustomizationDetails 800, digitalAccessKey 400, les autres 2&#xa0;000 caractères), sans HTML ni adresse e-mail, avec des liens uniquement sur le sujet du type, et de 1 à 5 pièces jointes pour les types qui en acceptent&#xa0;; invoice, warranty et legalDisclosure n’acceptent que des pièces jointes.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A non-critical proactive message to a buyer who opted out bounces; the attempt itself is not penalised.</source>
        <comment>opted-out-buyer</comment>
        <extracomment>Rule opted-out-buyer: why Amazon forbids it.</extracomment>
        <translation>Un message proactif non critique adressé à un acheteur désinscrit n’est pas transmis&#xa0;; la tentative elle-même n’est pas sanctionnée.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Amazon caps proactive messages at about 5 × average daily orders + 600 per day and watches sudden bursts.</source>
        <comment>message-volume</comment>
        <extracomment>Rule message-volume: why Amazon forbids it.</extracomment>
        <translation>Amazon plafonne les messages proactifs à environ 5 × la moyenne quotidienne des commandes + 600 par jour, et surveille les pics soudains.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Messages from an e-mail client are rejected unless the sender address is registered for Buyer-Seller Messaging.</source>
        <comment>unauthorized-sender</comment>
        <extracomment>Rule unauthorized-sender: why Amazon forbids it.</extracomment>
        <translation>Les messages envoyés depuis un client de messagerie sont rejetés si l’adresse de l’expéditeur n’est pas enregistrée pour la Messagerie acheteur-vendeur.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Emoji, pictographs, flags and keycaps are forbidden in the subject and the body. ©, ® and ™ are ordinary symbols. Text emoticons such as :-) are not emoji but share their intent (warning).</source>
        <comment>emoji</comment>
        <extracomment>Rule emoji: why Amazon forbids it.</extracomment>
        <translation>Les émojis, pictogrammes, drapeaux et touches numérotées sont interdits dans l’objet comme dans le corps du message. ©, ® et ™ sont des symboles ordinaires. Les émoticônes en texte comme :-) ne sont pas des émojis mais ont la même intention (avertissement).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Amazon forbids GIFs; tools read this as animated GIFs. Convert the image to PNG or JPEG.</source>
        <comment>animated-gif</comment>
        <extracomment>Rule animated-gif: why Amazon forbids it.</extracomment>
        <translation>Amazon interdit les GIF&#xa0;; les outils l’interprètent comme visant les GIF animés. Convertissez l’image en PNG ou en JPEG.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Images or CSS resources loaded over http:// are forbidden.</source>
        <comment>insecure-image</comment>
        <extracomment>Rule insecure-image: why Amazon forbids it.</extracomment>
        <translation>Les images ou ressources CSS chargées en http:// sont interdites.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Images or graphics wider than 80 % of the maximum width (480 px of the assumed 600 px) are not allowed.</source>
        <comment>image-width</comment>
        <extracomment>Rule image-width: why Amazon forbids it.</extracomment>
        <translation>Les images ou graphiques plus larges que 80&#xa0;% de la largeur maximale (480&#xa0;px sur les 600&#xa0;px supposés) ne sont pas autorisés.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Left or right margins or padding over 20 % of the maximum width (120 px of 600 px) are not allowed.</source>
        <comment>margin</comment>
        <extracomment>Rule margin: why Amazon forbids it.</extracomment>
        <translation>Les marges ou marges intérieures (padding) à gauche ou à droite de plus de 20&#xa0;% de la largeur maximale (120&#xa0;px sur 600&#xa0;px) ne sont pas autorisées.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changing the font family (font-family, &lt;font face&gt;, style sheets, web fonts) is not allowed.</source>
        <comment>font-family</comment>
        <extracomment>Rule font-family: why Amazon forbids it.</extracomment>
        <translation>Changer la police de caractères (font-family, &lt;font face&gt;, feuilles de style, polices web) n’est pas autorisé.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Changing the text colour (color:, &lt;font color&gt;) is not allowed.</source>
        <comment>font-color</comment>
        <extracomment>Rule font-color: why Amazon forbids it.</extracomment>
        <translation>Changer la couleur du texte (color:, &lt;font color&gt;) n’est pas autorisé.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Text in more than three font sizes (headings included) is not allowed.</source>
        <comment>font-sizes</comment>
        <extracomment>Rule font-sizes: why Amazon forbids it.</extracomment>
        <translation>Un texte en plus de trois tailles de police (titres compris) n’est pas autorisé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Changing the line height is not allowed.</source>
        <comment>line-height</comment>
        <extracomment>Rule line-height: why Amazon forbids it.</extracomment>
        <translation>Changer l’interligne n’est pas autorisé.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Centred, justified or right-aligned text is not allowed (right is the default for right-to-left languages).</source>
        <comment>alignment</comment>
        <extracomment>Rule alignment: why Amazon forbids it.</extracomment>
        <translation>Le texte centré, justifié ou aligné à droite n’est pas autorisé (l’alignement à droite est celui par défaut des langues qui s’écrivent de droite à gauche).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>More than two consecutive line breaks (three newlines, or three &lt;br&gt; or empty paragraphs) are not allowed.</source>
        <comment>line-breaks</comment>
        <extracomment>Rule line-breaks: why Amazon forbids it.</extracomment>
        <translation>Plus de deux sauts de ligne consécutifs (trois retours à la ligne, ou trois &lt;br&gt; ou paragraphes vides) ne sont pas autorisés.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Images without alt text, link text that does not say where it goes (&quot;click here&quot;), low-contrast text and text only inside images fail WCAG, which Amazon&apos;s styling rules point to.</source>
        <comment>accessibility</comment>
        <extracomment>Rule accessibility: why Amazon forbids it.</extracomment>
        <translation>Les images sans texte alternatif, les textes de lien qui n’indiquent pas leur destination («&#xa0;cliquez ici&#xa0;»), le texte peu contrasté et le texte présent uniquement dans des images ne respectent pas les WCAG, auxquelles renvoient les règles de mise en forme d’Amazon.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Amazon&apos;s guidelines list spelling errors. Names, brands, SKUs, placeholders and quoted buyer text are not checked; British and American spellings are both correct. Languages without a pyspellchecker dictionary (Polish among them) are not checked, and the report says so.</source>
        <comment>spelling</comment>
        <extracomment>Rule spelling: why Amazon forbids it.</extracomment>
        <translation>Les directives d’Amazon citent les fautes d’orthographe. Les noms, marques, SKU, variables de modèle et citations de l’acheteur ne sont pas vérifiés&#xa0;; les orthographes britannique et américaine sont toutes deux correctes. Les langues sans dictionnaire pyspellchecker (dont le polonais) ne sont pas vérifiées, et le rapport le précise.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Amazon&apos;s guidelines list grammar errors. Composer catches common slips of non-native writers (&quot;we has&quot;, &quot;please to confirm&quot;).</source>
        <comment>grammar</comment>
        <extracomment>Rule grammar: why Amazon forbids it.</extracomment>
        <translation>Les directives d’Amazon citent les fautes de grammaire. Composer repère les erreurs courantes des rédacteurs non natifs (par exemple «&#xa0;nous avons envoyer&#xa0;», «&#xa0;merci de confirmé&#xa0;», ou en anglais «&#xa0;we has&#xa0;», «&#xa0;please to confirm&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>rule-fix</name>
    <message>
        <location line="-796"/>
        <source>Remove the sentence</source>
        <comment>cancellation-request</comment>
        <extracomment>Rule cancellation-request: the button that fixes it.</extracomment>
        <translation>Supprimer la phrase</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove the sentence</source>
        <comment>promotion</comment>
        <extracomment>Rule promotion: the button that fixes it.</extracomment>
        <translation>Supprimer la phrase</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove the sentence</source>
        <comment>off-amazon</comment>
        <extracomment>Rule off-amazon: the button that fixes it.</extracomment>
        <translation>Supprimer la phrase</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove the sentence</source>
        <comment>extra-payment</comment>
        <extracomment>Rule extra-payment: the button that fixes it.</extracomment>
        <translation>Supprimer la phrase</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Remove the sentence</source>
        <comment>review-incentive</comment>
        <extracomment>Rule review-incentive: the button that fixes it.</extracomment>
        <translation>Supprimer la phrase</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove the sentence</source>
        <comment>review-manipulation</comment>
        <extracomment>Rule review-manipulation: the button that fixes it.</extracomment>
        <translation>Supprimer la phrase</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove the sentence</source>
        <comment>review-removal</comment>
        <extracomment>Rule review-removal: the button that fixes it.</extracomment>
        <translation>Supprimer la phrase</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Remove the sentence</source>
        <comment>repeated-review-request</comment>
        <extracomment>Rule repeated-review-request: the button that fixes it.</extracomment>
        <translation>Supprimer la phrase</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Remove the link</source>
        <comment>external-link</comment>
        <extracomment>Rule external-link: the button that fixes it.</extracomment>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Use https</source>
        <comment>insecure-link</comment>
        <extracomment>Rule insecure-link: the button that fixes it.</extracomment>
        <translation>Passer en https</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Remove the sentence</source>
        <comment>opt-out-link</comment>
        <extracomment>Rule opt-out-link: the button that fixes it.</extracomment>
        <translation>Supprimer la phrase</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove the address</source>
        <comment>email-address</comment>
        <extracomment>Rule email-address: the button that fixes it.</extracomment>
        <translation>Supprimer l’adresse</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove the number</source>
        <comment>phone-number</comment>
        <extracomment>Rule phone-number: the button that fixes it.</extracomment>
        <translation>Supprimer le numéro</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Remove the image</source>
        <comment>tracking-pixel</comment>
        <extracomment>Rule tracking-pixel: the button that fixes it.</extracomment>
        <translation>Supprimer l’image</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Add the order ID</source>
        <comment>missing-order-id</comment>
        <extracomment>Rule missing-order-id: the button that fixes it.</extracomment>
        <translation>Ajouter le numéro de commande</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Remove the tag</source>
        <comment>important-tag-misuse</comment>
        <extracomment>Rule important-tag-misuse: the button that fixes it.</extracomment>
        <translation>Retirer la mention</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Remove the emoji</source>
        <comment>emoji</comment>
        <extracomment>Rule emoji: the button that fixes it.</extracomment>
        <translation>Supprimer l’émoji</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Remove the margin</source>
        <comment>margin</comment>
        <extracomment>Rule margin: the button that fixes it.</extracomment>
        <translation>Supprimer la marge</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove the font</source>
        <comment>font-family</comment>
        <extracomment>Rule font-family: the button that fixes it.</extracomment>
        <translation>Supprimer la police</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove the colour</source>
        <comment>font-color</comment>
        <extracomment>Rule font-color: the button that fixes it.</extracomment>
        <translation>Supprimer la couleur</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Remove the line height</source>
        <comment>line-height</comment>
        <extracomment>Rule line-height: the button that fixes it.</extracomment>
        <translation>Supprimer l’interligne</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove the alignment</source>
        <comment>alignment</comment>
        <extracomment>Rule alignment: the button that fixes it.</extracomment>
        <translation>Supprimer l’alignement</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keep two line breaks</source>
        <comment>line-breaks</comment>
        <extracomment>Rule line-breaks: the button that fixes it.</extracomment>
        <translation>Garder deux sauts de ligne</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Correct the spelling</source>
        <comment>spelling</comment>
        <extracomment>Rule spelling: the button that fixes it.</extracomment>
        <translation>Corriger l’orthographe</translation>
    </message>
</context>
<context>
    <name>rule-message</name>
    <message>
        <location line="-909"/>
        <source>Amazon already confirms orders; a message that only confirms one is not allowed: “{phrase}”.</source>
        <comment>order-confirmation</comment>
        <extracomment>Rule order-confirmation: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Amazon confirme déjà les commandes&#xa0;; un message qui se contente d’en confirmer une n’est pas autorisé&#xa0;: «&#xa0;{phrase}&#xa0;».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Amazon already tells the buyer about dispatch and delivery: “{phrase}”.</source>
        <comment>shipping-confirmation</comment>
        <extracomment>Rule shipping-confirmation: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Amazon informe déjà l’acheteur de l’expédition et de la livraison&#xa0;: «&#xa0;{phrase}&#xa0;».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Amazon notifies the buyer of refunds and returns itself: “{phrase}”.</source>
        <comment>refund-confirmation</comment>
        <extracomment>Rule refund-confirmation: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Amazon informe lui-même l’acheteur des remboursements et des retours&#xa0;: «&#xa0;{phrase}&#xa0;».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A message may not consist only of thanks or an offer to help: “{phrase}”.</source>
        <comment>thank-you-only</comment>
        <extracomment>Rule thank-you-only: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Un message ne peut pas se limiter à des remerciements ou à une offre d’aide&#xa0;: «&#xa0;{phrase}&#xa0;».</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unprompted tips, FAQs or check-ins are not on Amazon&apos;s list of permitted proactive messages: “{phrase}”.</source>
        <comment>proactive-service-content</comment>
        <extracomment>Rule proactive-service-content: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Les conseils, FAQ et prises de nouvelles non sollicités ne figurent pas dans la liste des messages proactifs autorisés par Amazon&#xa0;: «&#xa0;{phrase}&#xa0;».</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Offer no substitute for an order you cannot fulfil; cancel it instead: “{phrase}”.</source>
        <comment>out-of-stock-substitute</comment>
        <extracomment>Rule out-of-stock-substitute: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Ne proposez pas d’article de substitution pour une commande que vous ne pouvez pas honorer&#xa0;; annulez-la plutôt&#xa0;: «&#xa0;{phrase}&#xa0;».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Do not ask the buyer to cancel; cancel the order yourself: “{phrase}”.</source>
        <comment>cancellation-request</comment>
        <extracomment>Rule cancellation-request: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Ne demandez pas à l’acheteur d’annuler&#xa0;; annulez vous-même la commande&#xa0;: «&#xa0;{phrase}&#xa0;».</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No marketing of any kind in buyer messages: “{phrase}”.</source>
        <comment>promotion</comment>
        <extracomment>Rule promotion: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Aucune forme de marketing n’est admise dans les messages aux acheteurs&#xa0;: «&#xa0;{phrase}&#xa0;».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Do not steer the buyer or the payment away from Amazon: “{phrase}”.</source>
        <comment>off-amazon</comment>
        <extracomment>Rule off-amazon: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>N’orientez ni l’acheteur ni le paiement en dehors d’Amazon&#xa0;: «&#xa0;{phrase}&#xa0;».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Do not ask for additional money after the sale: “{phrase}”.</source>
        <comment>extra-payment</comment>
        <extracomment>Rule extra-payment: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Ne demandez pas d’argent supplémentaire après la vente&#xa0;: «&#xa0;{phrase}&#xa0;».</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The {type} message type does not carry this content: “{text}”.</source>
        <comment>purpose-mismatch</comment>
        <extracomment>Rule purpose-mismatch: what it reports. Keep {type}, {text} unchanged.</extracomment>
        <translation>Le type de message {type} ne couvre pas ce contenu&#xa0;: «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only buyers of an order of yours (or who contacted you) may be messaged: “{phrase}”.</source>
        <comment>no-order-relationship</comment>
        <extracomment>Rule no-order-relationship: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Seuls les acheteurs d’une de vos commandes (ou les personnes qui vous ont contacté) peuvent recevoir un message&#xa0;: «&#xa0;{phrase}&#xa0;».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Offering anything of value for a review or feedback is prohibited: “{phrase}”.</source>
        <comment>review-incentive</comment>
        <extracomment>Rule review-incentive: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Il est interdit d’offrir quoi que ce soit de valeur en échange d’un avis ou d’une évaluation&#xa0;: «&#xa0;{phrase}&#xa0;».</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Review requests must be neutral and go to every buyer alike: “{phrase}”.</source>
        <comment>review-manipulation</comment>
        <extracomment>Rule review-manipulation: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Les demandes d’avis doivent être neutres et adressées de la même façon à tous les acheteurs&#xa0;: «&#xa0;{phrase}&#xa0;».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Never ask a buyer to change or remove a product review: “{phrase}”.</source>
        <comment>review-removal</comment>
        <extracomment>Rule review-removal: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Ne demandez jamais à un acheteur de modifier ou de supprimer un avis produit&#xa0;: «&#xa0;{phrase}&#xa0;».</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only one neutral note that the buyer may update their seller feedback is tolerated; any pressure is prohibited: “{phrase}”.</source>
        <comment>feedback-removal</comment>
        <extracomment>Rule feedback-removal: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Seule une mention neutre indiquant que l’acheteur peut modifier son évaluation vendeur est tolérée&#xa0;; toute pression est interdite&#xa0;: «&#xa0;{phrase}&#xa0;».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only one review request per order is allowed; reminders are not: “{phrase}”.</source>
        <comment>repeated-review-request</comment>
        <extracomment>Rule repeated-review-request: what it reports. Keep {phrase} unchanged.</extracomment>
        <translation>Une seule demande d’avis par commande est autorisée&#xa0;; les relances ne le sont pas&#xa0;: «&#xa0;{phrase}&#xa0;».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Review requests belong between {first} and {last} (5 to 30 days after delivery): “{text}”.</source>
        <comment>review-request-window</comment>
        <extracomment>Rule review-request-window: what it reports. Keep {first}, {last}, {text} unchanged.</extracomment>
        <translation>Les demandes d’avis doivent être envoyées entre le {first} et le {last} (5 à 30 jours après la livraison)&#xa0;: «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Links to sites other than Amazon are not allowed ({why}): “{text}”.</source>
        <comment>external-link</comment>
        <extracomment>Rule external-link: what it reports. Keep {why}, {text} unchanged.</extracomment>
        <translation>Les liens vers d’autres sites qu’Amazon ne sont pas autorisés ({why})&#xa0;: «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Links must use https, not http: “{text}”.</source>
        <comment>insecure-link</comment>
        <extracomment>Rule insecure-link: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Les liens doivent utiliser https, pas http&#xa0;: «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Links to your brand store, other products or search results read as promotion: “{text}”.</source>
        <comment>storefront-link</comment>
        <extracomment>Rule storefront-link: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Les liens vers votre boutique de marque, vers d’autres produits ou vers des résultats de recherche passent pour de la promotion&#xa0;: «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Do not offer an unsubscribe or opt-out; Amazon provides its own: “{text}”.</source>
        <comment>opt-out-link</comment>
        <extracomment>Rule opt-out-link: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Ne proposez pas de désabonnement ni de désinscription&#xa0;; Amazon fournit le sien&#xa0;: «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>E-mail addresses are not allowed; the buyer answers through Amazon: “{text}”.</source>
        <comment>email-address</comment>
        <extracomment>Rule email-address: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Les adresses e-mail sont interdites&#xa0;; l’acheteur répond via Amazon&#xa0;: «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Phone numbers are not allowed in buyer messages: “{text}”.</source>
        <comment>phone-number</comment>
        <extracomment>Rule phone-number: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Les numéros de téléphone sont interdits dans les messages aux acheteurs&#xa0;: «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Do not ask for the buyer&apos;s personal contact data: “{text}”.</source>
        <comment>personal-data-request</comment>
        <extracomment>Rule personal-data-request: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Ne demandez pas les coordonnées personnelles de l’acheteur&#xa0;: «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A logo may not link to or display a website: “{text}”.</source>
        <comment>logo-link</comment>
        <extracomment>Rule logo-link: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Un logo ne doit ni renvoyer vers un site web ni en afficher l’adresse&#xa0;: «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Amazon adds the product&apos;s picture itself: “{text}”.</source>
        <comment>product-image</comment>
        <extracomment>Rule product-image: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Amazon ajoute lui-même l’image du produit&#xa0;: «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Images unrelated to your brand or the order (memes, stock photos) are not allowed: “{text}”.</source>
        <comment>unrelated-image</comment>
        <extracomment>Rule unrelated-image: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Les images sans rapport avec votre marque ou la commande (mèmes, photos d’illustration) ne sont pas autorisées&#xa0;: «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tracking pixels and hidden images are forbidden: “{text}”.</source>
        <comment>tracking-pixel</comment>
        <extracomment>Rule tracking-pixel: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Les pixels de suivi et les images masquées sont interdits&#xa0;: «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only product instructions, warranty information and invoices may be attached; {why}: “{text}”.</source>
        <comment>attachment-type</comment>
        <extracomment>Rule attachment-type: what it reports. Keep {why}, {text} unchanged.</extracomment>
        <translation>Seuls les modes d’emploi, les informations de garantie et les factures peuvent être joints&#xa0;; {why}&#xa0;: «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Attachments may not exceed {limit} in one message (these are {size}).</source>
        <comment>attachment-size</comment>
        <extracomment>Rule attachment-size: what it reports. Keep {limit}, {size} unchanged.</extracomment>
        <translation>Les pièces jointes ne doivent pas dépasser {limit} par message (elles font {size}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Offensive or adult language is not allowed: “{text}”.</source>
        <comment>sensitive-content</comment>
        <extracomment>Rule sensitive-content: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Le langage offensant ou réservé aux adultes n’est pas autorisé&#xa0;: «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Threats, blame or pressure on the buyer read as hostile: “{text}”.</source>
        <comment>hostile-tone</comment>
        <extracomment>Rule hostile-tone: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Les menaces, les reproches ou la pression exercée sur l’acheteur passent pour hostiles&#xa0;: «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Proactive messages must name the 17-digit Amazon order ID (e.g. 123-1234567-1234567).</source>
        <comment>missing-order-id</comment>
        <extracomment>Rule missing-order-id: what it reports.</extracomment>
        <translation>Les messages proactifs doivent indiquer le numéro de commande Amazon à 17 chiffres (p. ex. 123-1234567-1234567).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The message belongs to order {expected} but names “{text}”.</source>
        <comment>order-id-mismatch</comment>
        <extracomment>Rule order-id-mismatch: what it reports. Keep {expected}, {text} unchanged.</extracomment>
        <translation>Le message est rattaché à la commande {expected}, mais cite «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Proactive messages are allowed only within 30 days of order completion; this order was completed {days} days ago.</source>
        <comment>order-age</comment>
        <extracomment>Rule order-age: what it reports. Keep {days} unchanged.</extracomment>
        <translation>Les messages proactifs ne sont autorisés que dans les 30 jours suivant la finalisation de la commande&#xa0;; cette commande a été finalisée il y a {days} jours.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The message is written in {written}; the buyer&apos;s language of preference is {wanted}.</source>
        <comment>language-mismatch</comment>
        <extracomment>Rule language-mismatch: what it reports. Keep {written}, {wanted} unchanged.</extracomment>
        <translation>Langue du message&#xa0;: {written}&#xa0;; langue préférée de l’acheteur&#xa0;: {wanted}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove {text} from the subject: {why}.</source>
        <comment>important-tag-misuse</comment>
        <extracomment>Rule important-tag-misuse: what it reports. Keep {text}, {why} unchanged.</extracomment>
        <translation>Retirez la mention {text} de l’objet&#xa0;: {why}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The SP-API rejects this: {problem}.</source>
        <comment>api-text-constraints</comment>
        <extracomment>Rule api-text-constraints: what it reports. Keep {problem} unchanged.</extracomment>
        <translation>La SP-API refuse ce message&#xa0;: {problem}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This buyer opted out of non-critical messages; this one will bounce.</source>
        <comment>opted-out-buyer</comment>
        <extracomment>Rule opted-out-buyer: what it reports.</extracomment>
        <translation>Cet acheteur s’est désinscrit des messages non critiques&#xa0;; celui-ci ne sera pas transmis.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Today&apos;s messages exceed Amazon&apos;s daily cap of about 5 × average daily orders + 600.</source>
        <comment>message-volume</comment>
        <extracomment>Rule message-volume: what it reports.</extracomment>
        <translation>Les messages du jour dépassent le plafond quotidien d’Amazon, d’environ 5 × la moyenne quotidienne des commandes + 600.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mail from an address not authorised in Seller Central is rejected.</source>
        <comment>unauthorized-sender</comment>
        <extracomment>Rule unauthorized-sender: what it reports.</extracomment>
        <translation>Les e-mails envoyés depuis une adresse non autorisée dans Seller Central sont rejetés.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Emoji and pictographs are not allowed: “{text}”.</source>
        <comment>emoji</comment>
        <extracomment>Rule emoji: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Les émojis et pictogrammes ne sont pas autorisés&#xa0;: «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Animated GIFs are forbidden; a GIF cannot be shown to be static without its frames: “{text}”.</source>
        <comment>animated-gif</comment>
        <extracomment>Rule animated-gif: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Les GIF animés sont interdits&#xa0;; sans ses images, impossible de vérifier qu’un GIF est statique&#xa0;: «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Images and other resources must load over https: “{text}”.</source>
        <comment>insecure-image</comment>
        <extracomment>Rule insecure-image: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Les images et autres ressources doivent être chargées en https&#xa0;: «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Images may be at most 80 % of the message width: “{text}”.</source>
        <comment>image-width</comment>
        <extracomment>Rule image-width: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Les images ne doivent pas dépasser 80&#xa0;% de la largeur du message&#xa0;: «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Margins may be at most 20 % of the message width: “{text}”.</source>
        <comment>margin</comment>
        <extracomment>Rule margin: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Les marges ne doivent pas dépasser 20&#xa0;% de la largeur du message&#xa0;: «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Do not override the default font: “{text}”.</source>
        <comment>font-family</comment>
        <extracomment>Rule font-family: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Ne modifiez pas la police par défaut&#xa0;: «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Do not override the default text colour: “{text}”.</source>
        <comment>font-color</comment>
        <extracomment>Rule font-color: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Ne modifiez pas la couleur du texte par défaut&#xa0;: «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The text uses {count} font sizes; at most three are allowed.</source>
        <comment>font-sizes</comment>
        <extracomment>Rule font-sizes: what it reports. Keep {count} unchanged.</extracomment>
        <translation>Le texte utilise {count} tailles de police&#xa0;; trois au maximum sont autorisées.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Do not override the default line height: “{text}”.</source>
        <comment>line-height</comment>
        <extracomment>Rule line-height: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Ne modifiez pas l’interligne par défaut&#xa0;: «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Keep the default text alignment: “{text}”.</source>
        <comment>alignment</comment>
        <extracomment>Rule alignment: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Conservez l’alignement du texte par défaut&#xa0;: «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No more than two line breaks in a row ({count} here).</source>
        <comment>line-breaks</comment>
        <extracomment>Rule line-breaks: what it reports. Keep {count} unchanged.</extracomment>
        <translation>Pas plus de deux sauts de ligne consécutifs ({count} ici).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Accessibility problem: {problem}: “{text}”.</source>
        <comment>accessibility</comment>
        <extracomment>Rule accessibility: what it reports. Keep {problem}, {text} unchanged.</extracomment>
        <translation>Problème d’accessibilité ({problem})&#xa0;: «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Possible spelling mistake in {language}: “{text}”.</source>
        <comment>spelling</comment>
        <extracomment>Rule spelling: what it reports. Keep {language}, {text} unchanged.</extracomment>
        <translation>Faute d’orthographe possible ({language})&#xa0;: «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Possible grammar mistake: “{text}”.</source>
        <comment>grammar</comment>
        <extracomment>Rule grammar: what it reports. Keep {text} unchanged.</extracomment>
        <translation>Faute de grammaire possible&#xa0;: «&#xa0;{text}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>rule-title</name>
    <message>
        <location line="-915"/>
        <source>Order confirmation</source>
        <comment>order-confirmation</comment>
        <extracomment>Rule order-confirmation (error): its title.</extracomment>
        <translation>Confirmation de commande</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Shipping or delivery confirmation</source>
        <comment>shipping-confirmation</comment>
        <extracomment>Rule shipping-confirmation (error): its title.</extracomment>
        <translation>Confirmation d’expédition ou de livraison</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Refund or return confirmation</source>
        <comment>refund-confirmation</comment>
        <extracomment>Rule refund-confirmation (warning): its title.</extracomment>
        <translation>Confirmation de remboursement ou de retour</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Thanks or help offer only</source>
        <comment>thank-you-only</comment>
        <extracomment>Rule thank-you-only (error): its title.</extracomment>
        <translation>Uniquement des remerciements ou une offre d’aide</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unprompted tips, manuals or check-ins</source>
        <comment>proactive-service-content</comment>
        <extracomment>Rule proactive-service-content (warning): its title.</extracomment>
        <translation>Conseils, modes d’emploi ou prises de nouvelles non sollicités</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Substitute for an out-of-stock item</source>
        <comment>out-of-stock-substitute</comment>
        <extracomment>Rule out-of-stock-substitute (warning): its title.</extracomment>
        <translation>Substitution d’un article en rupture de stock</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Asking the buyer to cancel</source>
        <comment>cancellation-request</comment>
        <extracomment>Rule cancellation-request (error): its title.</extracomment>
        <translation>Annulation demandée à l’acheteur</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Marketing or promotion</source>
        <comment>promotion</comment>
        <extracomment>Rule promotion (error): its title.</extracomment>
        <translation>Marketing ou promotion</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Diverting the buyer off Amazon</source>
        <comment>off-amazon</comment>
        <extracomment>Rule off-amazon (error): its title.</extracomment>
        <translation>Détournement de l’acheteur hors d’Amazon</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Asking for payment after the sale</source>
        <comment>extra-payment</comment>
        <extracomment>Rule extra-payment (error): its title.</extracomment>
        <translation>Demande de paiement après la vente</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Content outside the chosen message type</source>
        <comment>purpose-mismatch</comment>
        <extracomment>Rule purpose-mismatch (error): its title.</extracomment>
        <translation>Contenu hors du type de message choisi</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Message to someone who did not order</source>
        <comment>no-order-relationship</comment>
        <extracomment>Rule no-order-relationship (error): its title.</extracomment>
        <translation>Message à une personne qui n’a pas commandé</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Review incentive</source>
        <comment>review-incentive</comment>
        <extracomment>Rule review-incentive (error): its title.</extracomment>
        <translation>Contrepartie en échange d’un avis</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Positive-only, conditional or steering review request</source>
        <comment>review-manipulation</comment>
        <extracomment>Rule review-manipulation (error): its title.</extracomment>
        <translation>Demande d’avis orientée, conditionnelle ou réservée aux avis positifs</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Request to change or remove a review</source>
        <comment>review-removal</comment>
        <extracomment>Rule review-removal (error): its title.</extracomment>
        <translation>Demande de modification ou de suppression d’un avis</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Seller feedback removal</source>
        <comment>feedback-removal</comment>
        <extracomment>Rule feedback-removal (warning): its title.</extracomment>
        <translation>Retrait d’une évaluation vendeur</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Second or reminder review request</source>
        <comment>repeated-review-request</comment>
        <extracomment>Rule repeated-review-request (error): its title.</extracomment>
        <translation>Deuxième demande d’avis ou relance</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Review request outside the window</source>
        <comment>review-request-window</comment>
        <extracomment>Rule review-request-window (warning): its title.</extracomment>
        <translation>Demande d’avis hors de la période autorisée</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Link to another website</source>
        <comment>external-link</comment>
        <extracomment>Rule external-link (error): its title.</extracomment>
        <translation>Lien vers un autre site</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Insecure (http) link</source>
        <comment>insecure-link</comment>
        <extracomment>Rule insecure-link (error): its title.</extracomment>
        <translation>Lien non sécurisé (http)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Amazon link used to sell</source>
        <comment>storefront-link</comment>
        <extracomment>Rule storefront-link (warning): its title.</extracomment>
        <translation>Lien Amazon à but commercial</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unsubscribe or opt-out link</source>
        <comment>opt-out-link</comment>
        <extracomment>Rule opt-out-link (error): its title.</extracomment>
        <translation>Lien de désabonnement ou de désinscription</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>E-mail address</source>
        <comment>email-address</comment>
        <extracomment>Rule email-address (error): its title.</extracomment>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Phone number</source>
        <comment>phone-number</comment>
        <extracomment>Rule phone-number (error): its title.</extracomment>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Asking for personal data</source>
        <comment>personal-data-request</comment>
        <extracomment>Rule personal-data-request (warning): its title.</extracomment>
        <translation>Demande de données personnelles</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Logo that links to or shows a website</source>
        <comment>logo-link</comment>
        <extracomment>Rule logo-link (error): its title.</extracomment>
        <translation>Logo avec lien ou adresse de site web</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Picture of the purchased product</source>
        <comment>product-image</comment>
        <extracomment>Rule product-image (error): its title.</extracomment>
        <translation>Image du produit acheté</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Image unrelated to the business</source>
        <comment>unrelated-image</comment>
        <extracomment>Rule unrelated-image (warning): its title.</extracomment>
        <translation>Image sans rapport avec l’activité</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tracking pixel</source>
        <comment>tracking-pixel</comment>
        <extracomment>Rule tracking-pixel (error): its title.</extracomment>
        <translation>Pixel de suivi</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Attachment type</source>
        <comment>attachment-type</comment>
        <extracomment>Rule attachment-type (error): its title.</extracomment>
        <translation>Type de pièce jointe</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Attachments over 10 MB</source>
        <comment>attachment-size</comment>
        <extracomment>Rule attachment-size (error): its title.</extracomment>
        <translation>Pièces jointes de plus de 10&#xa0;Mo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Offensive language</source>
        <comment>sensitive-content</comment>
        <extracomment>Rule sensitive-content (error): its title.</extracomment>
        <translation>Langage offensant</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Hostile tone</source>
        <comment>hostile-tone</comment>
        <extracomment>Rule hostile-tone (warning): its title.</extracomment>
        <translation>Ton hostile</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Missing order ID</source>
        <comment>missing-order-id</comment>
        <extracomment>Rule missing-order-id (error): its title.</extracomment>
        <translation>Numéro de commande manquant</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Order ID of another order</source>
        <comment>order-id-mismatch</comment>
        <extracomment>Rule order-id-mismatch (warning): its title.</extracomment>
        <translation>Numéro d’une autre commande</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Past the 30-day window</source>
        <comment>order-age</comment>
        <extracomment>Rule order-age (error): its title.</extracomment>
        <translation>Délai de 30 jours dépassé</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not in the buyer&apos;s language</source>
        <comment>language-mismatch</comment>
        <extracomment>Rule language-mismatch (error): its title.</extracomment>
        <translation>Pas dans la langue de l’acheteur</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>[Important] in the subject</source>
        <comment>important-tag-misuse</comment>
        <extracomment>Rule important-tag-misuse (error): its title.</extracomment>
        <translation>[Important] dans l’objet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>SP-API message limits</source>
        <comment>api-text-constraints</comment>
        <extracomment>Rule api-text-constraints (error): its title.</extracomment>
        <translation>Limites des messages SP-API</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Buyer has opted out</source>
        <comment>opted-out-buyer</comment>
        <extracomment>Rule opted-out-buyer (info): its title.</extracomment>
        <translation>Acheteur désinscrit des messages non sollicités</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Message volume</source>
        <comment>message-volume</comment>
        <extracomment>Rule message-volume (info): its title.</extracomment>
        <translation>Volume de messages</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sender not authorised</source>
        <comment>unauthorized-sender</comment>
        <extracomment>Rule unauthorized-sender (info): its title.</extracomment>
        <translation>Expéditeur non autorisé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Emoji</source>
        <comment>emoji</comment>
        <extracomment>Rule emoji (error): its title.</extracomment>
        <translation>Émojis</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>GIF image</source>
        <comment>animated-gif</comment>
        <extracomment>Rule animated-gif (error): its title.</extracomment>
        <translation>Image GIF</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Image loaded over http</source>
        <comment>insecure-image</comment>
        <extracomment>Rule insecure-image (error): its title.</extracomment>
        <translation>Image chargée en http</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Image too wide</source>
        <comment>image-width</comment>
        <extracomment>Rule image-width (warning): its title.</extracomment>
        <translation>Image trop large</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wide margins</source>
        <comment>margin</comment>
        <extracomment>Rule margin (warning): its title.</extracomment>
        <translation>Marges trop larges</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Font family</source>
        <comment>font-family</comment>
        <extracomment>Rule font-family (warning): its title.</extracomment>
        <translation>Police de caractères</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Text colour</source>
        <comment>font-color</comment>
        <extracomment>Rule font-color (warning): its title.</extracomment>
        <translation>Couleur du texte</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>More than three font sizes</source>
        <comment>font-sizes</comment>
        <extracomment>Rule font-sizes (warning): its title.</extracomment>
        <translation>Plus de trois tailles de police</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Line height</source>
        <comment>line-height</comment>
        <extracomment>Rule line-height (warning): its title.</extracomment>
        <translation>Interligne</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Text alignment</source>
        <comment>alignment</comment>
        <extracomment>Rule alignment (warning): its title.</extracomment>
        <translation>Alignement du texte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>More than two line breaks</source>
        <comment>line-breaks</comment>
        <extracomment>Rule line-breaks (warning): its title.</extracomment>
        <translation>Plus de deux sauts de ligne</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Accessibility</source>
        <comment>accessibility</comment>
        <extracomment>Rule accessibility (warning): its title.</extracomment>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Spelling</source>
        <comment>spelling</comment>
        <extracomment>Rule spelling (warning): its title.</extracomment>
        <translation>Orthographe</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Grammar</source>
        <comment>grammar</comment>
        <extracomment>Rule grammar (warning): its title.</extracomment>
        <translation>Grammaire</translation>
    </message>
</context>
<context>
    <name>source</name>
    <message>
        <location line="+153"/>
        <source>Seed article 000: French article built around Amazon&apos;s bounce notice for opted-out buyers</source>
        <comment>000</comment>
        <extracomment>Policy source 000.</extracomment>
        <translation>Article de départ 000&#xa0;: article français construit autour de la notification d’Amazon «&#xa0;message non transmis&#xa0;» envoyée pour les acheteurs désinscrits</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seed article 001: French article on the guideline change of 8 Sep 2020 (enforced from 3 Nov 2020): necessary vs. proactive permitted messages, 30-day window, 17-digit order ID, list of banned content, styling bans, enforcement ladder.</source>
        <comment>001</comment>
        <extracomment>Policy source 001.</extracomment>
        <translation>Article de départ 001&#xa0;: article français sur le changement des directives du 8 septembre 2020 (appliqué à partir du 3 novembre 2020)&#xa0;: messages nécessaires et messages proactifs autorisés, délai de 30 jours, numéro de commande à 17 chiffres, liste des contenus interdits, interdictions de mise en forme, sanctions progressives.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seed article 002: Portuguese seller guide: anonymised aliases, attachments under 10 MB, critical messages and `[Important]`, over-messaging.</source>
        <comment>002</comment>
        <extracomment>Policy source 002.</extracomment>
        <translation>Article de départ 002&#xa0;: guide portugais pour les vendeurs&#xa0;: alias anonymisés, pièces jointes de moins de 10&#xa0;Mo, messages critiques et `[Important]`, envoi excessif de messages.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seed article 003: Polish article on the same 2020 update</source>
        <comment>003</comment>
        <extracomment>Policy source 003.</extracomment>
        <translation>Article de départ 003&#xa0;: article polonais sur la même mise à jour de 2020</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed article 004: French multichannel article: no promotion, diversion, discount codes or off-Amazon links in Amazon messages (its &apos;package insert bridge&apos; tactic is outside messaging and itself risky).</source>
        <comment>004</comment>
        <extracomment>Policy source 004.</extracomment>
        <translation>Article de départ 004&#xa0;: article français sur la vente multicanal&#xa0;: ni promotion, ni détournement, ni codes de réduction, ni liens hors Amazon dans les messages Amazon (sa tactique de «&#xa0;passerelle par encart dans le colis&#xa0;» sort du cadre de la messagerie et reste elle-même risquée).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amazon UK Seller Forums staff post &apos;Communication Guidelines – Permitted messages&apos;</source>
        <comment>A1</comment>
        <extracomment>Policy source A1.</extracomment>
        <translation>Message de l’équipe Amazon sur les forums vendeurs Amazon UK «&#xa0;Communication Guidelines – Permitted messages&#xa0;»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amazon UK Seller Forums staff post &apos;Mastering Buyer Communication: Critical vs. Non-Critical Messages&apos;</source>
        <comment>A2</comment>
        <extracomment>Policy source A2.</extracomment>
        <translation>Message de l’équipe Amazon sur les forums vendeurs Amazon UK «&#xa0;Mastering Buyer Communication: Critical vs. Non-Critical Messages&#xa0;»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon forum news &apos;Change to Buyer-Seller Messaging options&apos; ([Important] override removed)</source>
        <comment>A3</comment>
        <extracomment>Policy source A3.</extracomment>
        <translation>Actualité des forums Amazon «&#xa0;Change to Buyer-Seller Messaging options&#xa0;» (suppression du contournement par [Important])</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seller Central help &apos;Buyer-Seller Messaging frequently asked questions&apos; (older version with the `[Important]` instructions)</source>
        <comment>A4</comment>
        <extracomment>Policy source A4.</extracomment>
        <translation>Aide Seller Central «&#xa0;Buyer-Seller Messaging frequently asked questions&#xa0;» (ancienne version avec les instructions sur `[Important]`)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seller Central help &apos;Buyer-Seller Messages FAQ&apos; (current)</source>
        <comment>A5</comment>
        <extracomment>Policy source A5.</extracomment>
        <translation>Aide Seller Central «&#xa0;Buyer-Seller Messages FAQ&#xa0;» (version actuelle)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seller Central help &apos;Buyer-Seller Messaging&apos; (attachments up to 10 MB, critical subject)</source>
        <comment>A6</comment>
        <extracomment>Policy source A6.</extracomment>
        <translation>Aide Seller Central «&#xa0;Buyer-Seller Messaging&#xa0;» (pièces jointes jusqu’à 10&#xa0;Mo, objet critique)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seller Central help &apos;Prohibited seller activities and actions&apos;</source>
        <comment>A7</comment>
        <extracomment>Policy source A7.</extracomment>
        <translation>Aide Seller Central «&#xa0;Prohibited seller activities and actions&#xa0;»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seller Central help &apos;Customer product reviews policies&apos;</source>
        <comment>A8</comment>
        <extracomment>Policy source A8.</extracomment>
        <translation>Aide Seller Central «&#xa0;Customer product reviews policies&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seller Central help &apos;Answers to questions about product reviews&apos;</source>
        <comment>A9</comment>
        <extracomment>Policy source A9.</extracomment>
        <translation>Aide Seller Central «&#xa0;Answers to questions about product reviews&#xa0;»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seller Central help on handling negative seller feedback (neutral removal notice allowed, pressure not)</source>
        <comment>A10</comment>
        <extracomment>Policy source A10.</extracomment>
        <translation>Aide Seller Central sur la gestion des évaluations vendeur négatives (mention neutre de retrait autorisée, pression interdite)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seller Central help &apos;Communication Guidelines&apos;, older version (IT, G1701; review rules also cover package inserts)</source>
        <comment>A11</comment>
        <extracomment>Policy source A11.</extracomment>
        <translation>Aide Seller Central «&#xa0;Communication Guidelines&#xa0;», ancienne version (IT, G1701&#xa0;; les règles sur les avis couvrent aussi les encarts dans les colis)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon developer forum &apos;Updated Communications Guidelines for Buyer-Seller Messaging&apos; (language of preference required from 3 Nov 2020)</source>
        <comment>A12</comment>
        <extracomment>Policy source A12.</extracomment>
        <translation>Forum développeurs Amazon «&#xa0;Updated Communications Guidelines for Buyer-Seller Messaging&#xa0;» (langue préférée obligatoire à partir du 3 novembre 2020)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon EU Seller Forums post on customer reviews and the &apos;Request a review&apos; feature</source>
        <comment>A13</comment>
        <extracomment>Policy source A13.</extracomment>
        <translation>Message des forums vendeurs Amazon Europe sur les commentaires client et la fonction «&#xa0;Request a review&#xa0;» (Demander un avis)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seller Central help &apos;Messaging Permissions&apos; (unauthorised sender addresses are rejected)</source>
        <comment>A14</comment>
        <extracomment>Policy source A14.</extracomment>
        <translation>Aide Seller Central «&#xa0;Messaging Permissions&#xa0;» (les adresses d’expéditeur non autorisées sont rejetées)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seller Central help &apos;Communication guidelines&apos; (G1801), the canonical page, reconstructed from A1, 001, 003, T1 and T3</source>
        <comment>A15</comment>
        <extracomment>Policy source A15.</extracomment>
        <translation>Aide Seller Central «&#xa0;Communication guidelines&#xa0;» (G1801), la page de référence, reconstituée à partir de A1, 001, 003, T1 et T3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seller Central help &apos;Manage Your Customer Engagement campaign requirements&apos; (the sanctioned marketing channel, not messaging)</source>
        <comment>A16</comment>
        <extracomment>Policy source A16.</extracomment>
        <translation>Aide Seller Central «&#xa0;Manage Your Customer Engagement campaign requirements&#xa0;» (le canal marketing prévu par Amazon, hors messagerie)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon SP-API Messaging model (models/messaging-api-model/messaging.json): message types, critical labels, text limits, no HTML or e-mail addresses, topic-limited links</source>
        <comment>D1</comment>
        <extracomment>Policy source D1.</extracomment>
        <translation>Modèle Messaging de la SP-API d’Amazon (models/messaging-api-model/messaging.json)&#xa0;: types de message, indication «&#xa0;critique&#xa0;», limites du texte, ni HTML ni adresse e-mail, liens limités au sujet du type</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amazon SP-API Solicitations model (models/solicitations-api-model/solicitations.json): one review and feedback solicitation per order, non-critical</source>
        <comment>D2</comment>
        <extracomment>Policy source D2.</extracomment>
        <translation>Modèle Solicitations de la SP-API d’Amazon (models/solicitations-api-model/solicitations.json)&#xa0;: une seule sollicitation d’avis et d’évaluation par commande, non critique</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Messaging API guide and &apos;Send a message&apos; tutorial</source>
        <comment>D3</comment>
        <extracomment>Policy source D3.</extracomment>
        <translation>Guide de l’API Messaging et tutoriel «&#xa0;Send a message&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solicitations API tutorials (window 5 days after EarliestDeliveryDate to 30 days after LatestDeliveryDate; no positive-only asks, no edits to reviews, no rewards)</source>
        <comment>D4</comment>
        <extracomment>Policy source D4.</extracomment>
        <translation>Tutoriels de l’API Solicitations (période de 5 jours après EarliestDeliveryDate à 30 jours après LatestDeliveryDate&#xa0;; pas de demandes réservées aux avis positifs, pas de modification d’avis, pas de récompense)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Jungle Scout, Sep 2020 update summary</source>
        <comment>T1</comment>
        <extracomment>Policy source T1.</extracomment>
        <translation>Jungle Scout, synthèse de la mise à jour de septembre 2020</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EcommerceBytes, 8 Sep 2020, the eleven styling rules and seller reactions</source>
        <comment>T2</comment>
        <extracomment>Policy source T2.</extracomment>
        <translation>EcommerceBytes, 8 septembre 2020&#xa0;: les onze règles de mise en forme et les réactions des vendeurs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FeedbackWhiz help</source>
        <comment>T3</comment>
        <extracomment>Policy source T3.</extracomment>
        <translation>Aide de FeedbackWhiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>eComEngine help, why proactive messages get blocked/restricted</source>
        <comment>T4</comment>
        <extracomment>Policy source T4.</extracomment>
        <translation>Aide d’eComEngine&#xa0;: pourquoi les messages proactifs sont bloqués ou restreints</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>eDesk support, avoiding messaging suspension (daily cap, storefront links, logos, e-mail stripping)</source>
        <comment>T5</comment>
        <extracomment>Policy source T5.</extracomment>
        <translation>Support d’eDesk&#xa0;: éviter la suspension de la messagerie (plafond quotidien, liens vers la boutique, logos, suppression des adresses e-mail)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>3Dsellers, Nov 2020 compliance checklist</source>
        <comment>T6</comment>
        <extracomment>Policy source T6.</extracomment>
        <translation>3Dsellers, liste de contrôle de conformité de novembre 2020</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reproduction of Amazon&apos;s Nov 2019 &apos;clarification to communication guidelines&apos; (includes `[Important]` misuse and &apos;content that differs from the contact reason&apos;)</source>
        <comment>T7</comment>
        <extracomment>Policy source T7.</extracomment>
        <translation>Reproduction de la «&#xa0;clarification des directives de communication&#xa0;» d’Amazon de novembre 2019 (y compris l’usage abusif de `[Important]` et le «&#xa0;contenu différent du motif de contact&#xa0;»)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ReplyManager on opt-out (claims buyers cannot opt out of Handmade/custom-order messages)</source>
        <comment>T8</comment>
        <extracomment>Policy source T8.</extracomment>
        <translation>ReplyManager sur la désinscription (affirme que les acheteurs ne peuvent pas se désinscrire des messages sur les commandes Handmade ou personnalisées)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FeedbackFive, 2017 opt-out history</source>
        <comment>T9</comment>
        <extracomment>Policy source T9.</extracomment>
        <translation>FeedbackFive, historique de la désinscription en 2017</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coverage of the 2025 `[Important]` change</source>
        <comment>T10</comment>
        <extracomment>Policy source T10.</extracomment>
        <translation>Articles sur le changement de 2025 concernant `[Important]`</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seller reports of keyword-triggered enforcement (late 2025)</source>
        <comment>T11</comment>
        <extracomment>Policy source T11.</extracomment>
        <translation>Témoignages de vendeurs sur des sanctions déclenchées par mots-clés (fin 2025)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FeedbackExpress guidance (no storefront links; review-page link tolerated)</source>
        <comment>T12</comment>
        <extracomment>Policy source T12.</extracomment>
        <translation>Conseils de FeedbackExpress (pas de liens vers la boutique&#xa0;; lien vers la page d’avis toléré)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sonemos, Nov 2020 (plain logos fine; manuals/warranty mails fine)</source>
        <comment>T13</comment>
        <extracomment>Policy source T13.</extracomment>
        <translation>Sonemos, novembre 2020 (logos simples acceptés&#xa0;; e-mails avec modes d’emploi ou garantie acceptés)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chinese summary of an earlier guideline wording (phone numbers tied to warranty/carrier/manufacturer, attachments needed to resolve an issue, descriptive link text)</source>
        <comment>T14</comment>
        <extracomment>Policy source T14.</extracomment>
        <translation>Résumé en chinois d’une ancienne formulation des directives (numéros de téléphone liés à la garantie, au transporteur ou au fabricant&#xa0;; pièces jointes nécessaires pour résoudre un problème&#xa0;; texte de lien descriptif)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>StarQuester glossary (Request a Review: one per order, 5–30 days after delivery)</source>
        <comment>T15</comment>
        <extracomment>Policy source T15.</extracomment>
        <translation>Glossaire StarQuester (Demander un avis&#xa0;: une fois par commande, 5 à 30 jours après la livraison)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trendle docs (claims on per-order and 6-month limits, unverified)</source>
        <comment>T16</comment>
        <extracomment>Policy source T16.</extracomment>
        <translation>Documentation Trendle (affirmations sur des limites par commande et sur 6 mois, non vérifiées)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ChannelX, Sep 2020 (guidelines became a programme policy; spelling rules bite in non-English marketplaces)</source>
        <comment>T17</comment>
        <extracomment>Policy source T17.</extracomment>
        <translation>ChannelX, septembre 2020 (les directives deviennent une politique du programme&#xa0;; les règles d’orthographe pèsent sur les sites de vente non anglophones)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AMZ Alliance quoting the older &apos;Prohibited seller activities&apos; wording (courteous, relevant, appropriate)</source>
        <comment>T18</comment>
        <extracomment>Policy source T18.</extracomment>
        <translation>AMZ Alliance citant l’ancienne formulation de «&#xa0;Prohibited seller activities&#xa0;» (messages courtois, pertinents et appropriés)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Feedvisor, updated 2026 (claims an AI filter scans outgoing messages, unverified)</source>
        <comment>T19</comment>
        <extracomment>Policy source T19.</extracomment>
        <translation>Feedvisor, mis à jour en 2026 (affirme qu’un filtre d’IA analyse les messages sortants, non vérifié)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reproduction of the Communication Guidelines &apos;order status messages&apos; section (Problem with Order, returns, do not ask buyers to cancel)</source>
        <comment>T20</comment>
        <extracomment>Policy source T20.</extracomment>
        <translation>Reproduction de la section «&#xa0;messages sur l’état de la commande&#xa0;» des directives de communication (problème avec la commande, retours, ne pas demander aux acheteurs d’annuler)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Jungle Scout explainer of Prohibited Seller Activities (no price increases after the sale)</source>
        <comment>T21</comment>
        <extracomment>Policy source T21.</extracomment>
        <translation>Article explicatif de Jungle Scout sur les activités interdites aux vendeurs (pas d’augmentation de prix après la vente)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seller Labs on messaging suspensions (asking for personal information, complaint rate)</source>
        <comment>T22</comment>
        <extracomment>Policy source T22.</extracomment>
        <translation>Seller Labs sur les suspensions de messagerie (demande d’informations personnelles, taux de réclamations)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>eCommerce Nurse, Oct 2020 (&apos;within 30 days of order completion&apos; wording, enforcement date 6 Nov 2020)</source>
        <comment>T23</comment>
        <extracomment>Policy source T23.</extracomment>
        <translation>eCommerce Nurse, octobre 2020 (formulation «&#xa0;within 30 days of order completion&#xa0;», soit dans les 30 jours suivant la finalisation de la commande&#xa0;; date d’application le 6 novembre 2020)</translation>
    </message>
</context>
</TS>
