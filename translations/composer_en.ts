<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountWords</name>
    <message numerus="yes">
        <location filename="../composer/services/accounts.py" line="+395"/>
        <source>%n days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>in %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsCli</name>
    <message numerus="yes">
        <location filename="../composer/cli_accounts.py" line="+598"/>
        <source>standard input holds %n lines; give the {key} alone</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelPreviewDialog</name>
    <message numerus="yes">
        <location filename="../composer/ui/preview_dialog.py" line="+259"/>
        <source>%Ln character(s) of text; no length limit is known for e-mail</source>
        <translation>
            <numerusform>%Ln character of text; no length limit is known for e-mail</numerusform>
            <numerusform>%Ln characters of text; no length limit is known for e-mail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln character(s); no length limit is known for Seller Central&apos;s form</source>
        <translation>
            <numerusform>%Ln character; no length limit is known for Seller Central&apos;s form</numerusform>
            <numerusform>%Ln characters; no length limit is known for Seller Central&apos;s form</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln character(s); the message type “{type}” is unknown, so there is no limit to check</source>
        <translation>
            <numerusform>%Ln character; the message type “{type}” is unknown, so there is no limit to check</numerusform>
            <numerusform>%Ln characters; the message type “{type}” is unknown, so there is no limit to check</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln character(s); choose a message type to see its limit</source>
        <translation>
            <numerusform>%Ln character; choose a message type to see its limit</numerusform>
            <numerusform>%Ln characters; choose a message type to see its limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>{count} / {limit} characters allowed for “{type}”: %Ln over the limit</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message numerus="yes">
        <location filename="../composer/ui/panel.py" line="+342"/>
        <source>Fix all safe (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>Errors (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Warnings (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Notes (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../composer/cli.py" line="+354"/>
        <source>%n checked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n cannot be sent as written</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>; %n could not be read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message numerus="yes">
        <location filename="../composer/ui/export_actions.py" line="+107"/>
        <source>… and %n more (see the checks panel)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../composer/ui/main_window.py" line="+1021"/>
        <source>%n waiting to be sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n uncertain: decide in the outbox</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n message(s) being sent when Composer stopped: the buyer may or may not have them. Check, then decide in the outbox (Message › Outbox).</source>
        <translation>
            <numerusform>%n message being sent when Composer stopped: the buyer may or may not have them. Check, then decide in the outbox (Message › Outbox).</numerusform>
            <numerusform>%n messages being sent when Composer stopped: the buyer may or may not have them. Check, then decide in the outbox (Message › Outbox).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message numerus="yes">
        <location filename="../composer/ui/outbox_window.py" line="+150"/>
        <source>Waiting in the outbox: {reason} It is not tried before {time}. It goes out by itself: Composer tries again every %n seconds while it is open.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Waiting in the outbox: {reason} It goes out by itself: Composer tries again every %n seconds while it is open.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxCli</name>
    <message numerus="yes">
        <location filename="../composer/cli_outbox.py" line="+557"/>
        <source>%n message(s) written to {path}</source>
        <translation>
            <numerusform>%n message written to {path}</numerusform>
            <numerusform>%n messages written to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+78"/>
        <source>%n message(s) still wait in the queue</source>
        <translation>
            <numerusform>%n message still wait in the queue</numerusform>
            <numerusform>%n messages still wait in the queue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message numerus="yes">
        <location filename="../composer/ui/outbox_window.py" line="+450"/>
        <source>Exported %Ln message(s) to {path}.</source>
        <translation>
            <numerusform>Exported %Ln message to {path}.</numerusform>
            <numerusform>Exported %Ln messages to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxWords</name>
    <message numerus="yes">
        <location filename="../composer/services/outbox.py" line="+1114"/>
        <source>%n files; at most {limit}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendCli</name>
    <message numerus="yes">
        <location filename="../composer/cli_outbox.py" line="-267"/>
        <source>cannot be sent: %n problem(s) above</source>
        <translation>
            <numerusform>cannot be sent: %n problem above</numerusform>
            <numerusform>cannot be sent: %n problems above</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n warning(s) need your confirmation: send again with --confirm-warnings if you mean to send it as it is</source>
        <translation>
            <numerusform>%n warning need your confirmation: send again with --confirm-warnings if you mean to send it as it is</numerusform>
            <numerusform>%n warnings need your confirmation: send again with --confirm-warnings if you mean to send it as it is</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Send despite %n warning(s)? Your answer is kept in the outbox. [y/N] </source>
        <extracomment>Keep &quot;[y/N]&quot;: the answers understood are y and yes.</extracomment>
        <translation>
            <numerusform>Send despite %n warning? Your answer is kept in the outbox. [y/N] </numerusform>
            <numerusform>Send despite %n warnings? Your answer is kept in the outbox. [y/N] </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message numerus="yes">
        <location filename="../composer/ui/send_dialog.py" line="+934"/>
        <source>This message cannot be sent: %n reason(s) below.</source>
        <translation>
            <numerusform>This message cannot be sent: %n reason below.</numerusform>
            <numerusform>This message cannot be sent: %n reasons below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>{length} – %Ln too many</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendWords</name>
    <message numerus="yes">
        <location filename="../composer/services/sending.py" line="+156"/>
        <source>%n warning(s) need your confirmation before sending: {warnings}</source>
        <translation>
            <numerusform>%n warning need your confirmation before sending: {warnings}</numerusform>
            <numerusform>%n warnings need your confirmation before sending: {warnings}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message numerus="yes">
        <location filename="../composer/ui/templates_dialog.py" line="+674"/>
        <source>Deleted %Ln template(s).</source>
        <translation>
            <numerusform>Deleted %Ln template.</numerusform>
            <numerusform>Deleted %Ln templates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Imported %Ln template(s) from {file}.</source>
        <translation>
            <numerusform>Imported %Ln template from {file}.</numerusform>
            <numerusform>Imported %Ln templates from {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Exported %Ln template(s) to {file}.</source>
        <translation>
            <numerusform>Exported %Ln template to {file}.</numerusform>
            <numerusform>Exported %Ln templates to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Delete %Ln template(s) for good?</source>
        <translation>
            <numerusform>Delete %Ln template for good?</numerusform>
            <numerusform>Delete %Ln templates for good?</numerusform>
        </translation>
    </message>
</context>
</TS>
