package dev.lectern.highlight.grammar;

import static dev.lectern.highlight.grammar.Rules.grammar;
import static dev.lectern.highlight.grammar.Rules.grammarOf;
import static dev.lectern.highlight.grammar.Rules.re;
import static dev.lectern.highlight.grammar.Rules.token;

import io.noties.prism4j.Prism4j;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Bash as Prism.js 1.30 highlights it, including here-documents and command substitution. */
final class BashGrammar {
  private static final String ENV = "\\b(?:BASH|BASHOPTS|BASH_ALIASES|BASH_ARGC|BASH_ARGV|BASH_CMDS"
      + "|BASH_COMPLETION_COMPAT_DIR|BASH_LINENO|BASH_REMATCH|BASH_SOURCE|BASH_VERSINFO|BASH_VERSION"
      + "|COLORTERM|COLUMNS|COMP_WORDBREAKS|DBUS_SESSION_BUS_ADDRESS|DEFAULTS_PATH|DESKTOP_SESSION"
      + "|DIRSTACK|DISPLAY|EUID|GDMSESSION|GDM_LANG|GNOME_KEYRING_CONTROL|GNOME_KEYRING_PID"
      + "|GPG_AGENT_INFO|GROUPS|HISTCONTROL|HISTFILE|HISTFILESIZE|HISTSIZE|HOME|HOSTNAME|HOSTTYPE|IFS"
      + "|INSTANCE|JOB|LANG|LANGUAGE|LC_ADDRESS|LC_ALL|LC_IDENTIFICATION|LC_MEASUREMENT|LC_MONETARY"
      + "|LC_NAME|LC_NUMERIC|LC_PAPER|LC_TELEPHONE|LC_TIME|LESSCLOSE|LESSOPEN|LINES|LOGNAME|LS_COLORS"
      + "|MACHTYPE|MAILCHECK|MANDATORY_PATH|NO_AT_BRIDGE|OLDPWD|OPTERR|OPTIND|ORBIT_SOCKETDIR|OSTYPE"
      + "|PAPERSIZE|PATH|PIPESTATUS|PPID|PS1|PS2|PS3|PS4|PWD|RANDOM|REPLY|SECONDS|SELINUX_INIT|SESSION"
      + "|SESSIONTYPE|SESSION_MANAGER|SHELL|SHELLOPTS|SHLVL|SSH_AUTH_SOCK|TERM|UID|UPSTART_EVENTS"
      + "|UPSTART_INSTANCE|UPSTART_JOB|UPSTART_SESSION|USER|WINDOWID|XAUTHORITY|XDG_CONFIG_DIRS"
      + "|XDG_CURRENT_DESKTOP|XDG_DATA_DIRS|XDG_GREETER_DATA_DIR|XDG_MENU_PREFIX|XDG_RUNTIME_DIR"
      + "|XDG_SEAT|XDG_SEAT_PATH|XDG_SESSION_DESKTOP|XDG_SESSION_ID|XDG_SESSION_PATH|XDG_SESSION_TYPE"
      + "|XDG_VTNR|XMODIFIERS)\\b";
  private static final String COMMAND_START = "(^|[\\s;|&]|[<>]\\()";
  private static final String COMMAND_END = "(?=\\z|[)\\s;|&])";
  private static final String FUNCTIONS = "add|apropos|apt|apt-cache|apt-get|aptitude|aspell"
      + "|automysqlbackup|awk|basename|bash|bc|bconsole|bg|bzip2|cal|cargo|cat|cfdisk|chgrp|chkconfig"
      + "|chmod|chown|chroot|cksum|clear|cmp|column|comm|composer|cp|cron|crontab|csplit|curl|cut|date"
      + "|dc|dd|ddrescue|debootstrap|df|diff|diff3|dig|dir|dircolors|dirname|dirs|dmesg|docker"
      + "|docker-compose|du|egrep|eject|env|ethtool|expand|expect|expr|fdformat|fdisk|fg|fgrep|file"
      + "|find|fmt|fold|format|free|fsck|ftp|fuser|gawk|git|gparted|grep|groupadd|groupdel|groupmod"
      + "|groups|grub-mkconfig|gzip|halt|head|hg|history|host|hostname|htop|iconv|id|ifconfig|ifdown"
      + "|ifup|import|install|ip|java|jobs|join|kill|killall|less|link|ln|locate|logname|logrotate"
      + "|look|lpc|lpr|lprint|lprintd|lprintq|lprm|ls|lsof|lynx|make|man|mc|mdadm|mkconfig|mkdir"
      + "|mke2fs|mkfifo|mkfs|mkisofs|mknod|mkswap|mmv|more|most|mount|mtools|mtr|mutt|mv|nano|nc"
      + "|netstat|nice|nl|node|nohup|notify-send|npm|nslookup|op|open|parted|passwd|paste|pathchk"
      + "|ping|pkill|pnpm|podman|podman-compose|popd|pr|printcap|printenv|ps|pushd|pv|quota"
      + "|quotacheck|quotactl|ram|rar|rcp|reboot|remsync|rename|renice|rev|rm|rmdir|rpm|rsync|scp"
      + "|screen|sdiff|sed|sendmail|seq|service|sftp|sh|shellcheck|shuf|shutdown|sleep|slocate|sort"
      + "|split|ssh|stat|strace|su|sudo|sum|suspend|swapon|sync|sysctl|tac|tail|tar|tee|time|timeout"
      + "|top|touch|tr|traceroute|tsort|tty|umount|uname|unexpand|uniq|units|unrar|unshar|unzip"
      + "|update-grub|uptime|useradd|userdel|usermod|users|uudecode|uuencode|v|vcpkg|vdir|vi|vim"
      + "|virsh|vmstat|wait|watch|wc|wget|whereis|which|who|whoami|write|xargs|xdg-open|yarn|yes"
      + "|zenity|zip|zsh|zypper";

  private BashGrammar() {}

  static Prism4j.Grammar create() {
    List<Prism4j.Token> bash = new ArrayList<>();
    Prism4j.Grammar self = grammarOf("bash", bash);
    Prism4j.Token afterHeredoc = token("bash",
        re("(^([\"']?)\\w+\\2)[ \\t]+\\S.*").withLookbehind().alias("punctuation").inside(self));
    Prism4j.Token entity = token("entity", re("\\\\(?:[abceEfnrtv\\\\\"]|O?[0-7]{1,3}"
        + "|U[0-9a-fA-F]{8}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{1,2})"));
    List<Prism4j.Token> substitution = new ArrayList<>();
    substitution.add(token("variable", re("^\\$\\(|^`|\\)\\z|`\\z")));
    Prism4j.Token variable = variable(grammarOf("bash-substitution", substitution));
    Map<String, Prism4j.Token> main = mainTokens(afterHeredoc, entity, variable);
    bash.addAll(main.values());
    main.forEach((name, t) -> {
      if (!name.equals("shebang") && !name.equals("variable")) {
        substitution.add(t);
      }
    });
    return Rules.grammarOf("bash", List.copyOf(bash));
  }

  private static Prism4j.Token variable(Prism4j.Grammar substitution) {
    return token("variable",
        re("\\$?\\(\\([\\s\\S]+?\\)\\)").asGreedy().inside(grammar("bash-arithmetic",
            token("variable", re("(^\\$\\(\\([\\s\\S]+)\\)\\)").withLookbehind(), re("^\\$\\(\\(")),
            token("number", re("\\b0x[\\dA-Fa-f]+\\b|(?:\\b\\d+(?:\\.\\d*)?|\\B\\.\\d+)"
                + "(?:[Ee]-?\\d+)?")),
            token("operator", re("--|\\+\\+|\\*\\*=?|<<=?|>>=?|&&|\\|\\||[=!+\\-*/%<>^&|]=?"
                + "|[?~:]")),
            token("punctuation", re("\\(\\(?|\\)\\)?|,|;")))),
        re("\\$\\((?:\\([^)]+\\)|[^()])+\\)|`[^`]+`").asGreedy().inside(substitution),
        re("\\$\\{[^}]+\\}").asGreedy().inside(grammar("bash-brace",
            token("operator", re(":[-=?+]?|[!\\/]|##?|%%?|\\^\\^?|,,?")),
            token("punctuation", re("[\\[\\]]")),
            token("environment", re("(\\{)" + ENV).withLookbehind().alias("constant")))),
        re("\\$(?:\\w+|[#?*!@$])"));
  }

  private static Prism4j.Grammar insideString(Prism4j.Token afterHeredoc, Prism4j.Token entity,
      Prism4j.Token variable) {
    return grammar("bash-string", afterHeredoc,
        token("environment", re("\\$" + ENV).alias("constant")), variable, entity);
  }

  private static Map<String, Prism4j.Token> mainTokens(Prism4j.Token afterHeredoc,
      Prism4j.Token entity, Prism4j.Token variable) {
    Prism4j.Grammar inString = insideString(afterHeredoc, entity, variable);
    Map<String, Prism4j.Token> t = new LinkedHashMap<>();
    t.put("shebang", token("shebang", re("^#!\\s*\\/.*").alias("important")));
    t.put("comment", token("comment", re("(^|[^\"{\\\\$])#.*").withLookbehind()));
    t.put("function-name", token("function-name",
        re("(\\bfunction\\s+)[\\w-]+(?=(?:\\s*\\(?:\\s*\\))?\\s*\\{)").withLookbehind()
            .alias("function"),
        re("\\b[\\w-]+(?=\\s*\\(\\s*\\)\\s*\\{)").alias("function")));
    t.put("for-or-select", token("for-or-select",
        re("(\\b(?:for|select)\\s+)\\w+(?=\\s+in\\s)").alias("variable").withLookbehind()));
    t.put("assign-left", token("assign-left", re("(^|[\\s;|&]|[<>]\\()\\w+(?:\\.\\w+)*(?=\\+?=)")
        .inside(grammar("bash-assign", token("environment",
            re(COMMAND_START + ENV).withLookbehind().alias("constant"))))
        .alias("variable").withLookbehind()));
    t.put("parameter", token("parameter",
        re("(^|\\s)-{1,2}(?:\\w+:[+-]?)?\\w+(?:\\.\\w+)*(?=[=\\s]|\\z)").alias("variable")
            .withLookbehind()));
    t.put("string", token("string",
        re("((?:^|[^<])<<-?\\s*)(\\w+)\\s[\\s\\S]*?(?:\\r?\\n|\\r)\\2").withLookbehind().asGreedy()
            .inside(inString),
        re("((?:^|[^<])<<-?\\s*)([\"'])(\\w+)\\2\\s[\\s\\S]*?(?:\\r?\\n|\\r)\\3").withLookbehind()
            .asGreedy().inside(grammar("bash-heredoc", afterHeredoc)),
        re("(^|[^\\\\](?:\\\\\\\\)*)\"(?:\\\\[\\s\\S]|\\$\\([^)]+\\)|\\$(?!\\()|`[^`]+`"
            + "|[^\"\\\\`$])*+\"").withLookbehind().asGreedy().inside(inString),
        re("(^|[^$\\\\])'[^']*'").withLookbehind().asGreedy(),
        re("\\$'(?:[^'\\\\]|\\\\[\\s\\S])*+'").asGreedy().inside(grammar("bash-ansi", entity))));
    t.put("environment", token("environment", re("\\$?" + ENV).alias("constant")));
    t.put("variable", variable);
    t.put("function", token("function",
        re(COMMAND_START + "(?:" + FUNCTIONS + ")" + COMMAND_END).withLookbehind()));
    t.put("keyword", token("keyword", re(COMMAND_START + "(?:case|do|done|elif|else|esac|fi|for"
        + "|function|if|in|select|then|until|while)" + COMMAND_END).withLookbehind()));
    t.put("builtin", token("builtin", re(COMMAND_START + "(?:\\.|:|alias|bind|break|builtin"
        + "|caller|cd|command|continue|declare|echo|enable|eval|exec|exit|export|getopts|hash|help"
        + "|let|local|logout|mapfile|printf|pwd|read|readarray|readonly|return|set|shift|shopt"
        + "|source|test|times|trap|type|typeset|ulimit|umask|unalias|unset)" + COMMAND_END)
        .withLookbehind().alias("class-name")));
    t.put("boolean", token("boolean",
        re(COMMAND_START + "(?:false|true)" + COMMAND_END).withLookbehind()));
    t.put("file-descriptor", token("file-descriptor", re("\\B&\\d\\b").alias("important")));
    t.put("operator", token("operator", re("\\d?<>|>\\||\\+=|=[=~]?|!=?|<<[<-]?|[&\\d]?>>"
        + "|\\d[<>]&?|[<>][&=]?|&[>&]?|\\|[&|]?").inside(grammar("bash-operator",
            token("file-descriptor", re("^\\d").alias("important"))))));
    t.put("punctuation", token("punctuation", re("\\$?\\(\\(?|\\)\\)?|\\.\\.|[{}\\[\\];\\\\]")));
    t.put("number", token("number",
        re("(^|\\s)(?:[1-9]\\d*|0)(?:[.,]\\d+)?\\b").withLookbehind()));
    return t;
  }
}
