; Composer's Windows installer, for Inno Setup 6 (https://jrsoftware.org/isinfo.php).
;
; scripts/build_bundle.py --package builds the bundle and then runs, with pyproject.toml's
; name and version:
;
;   ISCC /Q /DAppName=Composer /DAppVersion=0.1.0 /DExeName=Composer.exe
;        /DSourceDir=<repo>\dist\Composer /DOutputDir=<repo>\dist
;        /DOutputBaseFilename=composer-amazon-0.1.0-windows-x64-setup
;        /DIconFile=<repo>\resources\composer.ico packaging\windows\composer.iss
;
; Per-user: no administrator rights and no UAC prompt. The app goes to
; %LOCALAPPDATA%\Programs\Composer, the Start-menu entry to the user's Start menu, and the
; uninstaller is listed in Settings > Apps. Drafts, settings and the dictionary live in the
; user's data folder, not in {app}: uninstalling leaves them.

#ifndef AppVersion
  #error AppVersion is not defined: run ISCC /DAppVersion=x.y.z (scripts/build_bundle.py passes pyproject.toml's)
#endif
#ifndef AppName
  #define AppName "Composer"
#endif
#ifndef ExeName
  #define ExeName "Composer.exe"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\Composer"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef OutputBaseFilename
  #define OutputBaseFilename "composer-setup"
#endif
#ifndef IconFile
  #define IconFile "..\..\resources\composer.ico"
#endif

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{318667F3-CEC7-4561-BB4C-050EFC398F3B}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoProductTextVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
OutputDir={#OutputDir}
OutputBaseFilename={#OutputBaseFilename}
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#ExeName}
UninstallDisplayName={#AppName}
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs Windows 10 1809 or newer.
MinVersion=10.0.17763
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
; The languages Composer's window speaks.
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "italian"; MessagesFile: "compiler:Languages\Italian.isl"
Name: "portuguese"; MessagesFile: "compiler:Languages\Portuguese.isl"
Name: "brazilianportuguese"; MessagesFile: "compiler:Languages\BrazilianPortuguese.isl"
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "polish"; MessagesFile: "compiler:Languages\Polish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: files an older version had must not linger beside it.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#ExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#ExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#ExeName}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent
