import type { Command } from 'commander';
import type { Context } from '../context.js';
import { parseChoice } from '../query/options.js';
import { TOPIC_IDS } from '../topics.js';

const SHELLS = ['bash', 'zsh', 'fish'] as const;

interface Spec { commands: { name: string; options: string[] }[]; globals: string[]; states: string[]; topics: string[]; alliances: string[] }

/** `softsec completion bash|zsh|fish`: a script that completes commands, options and data values. */
export async function runCompletion(ctx: Context, shell: string, program: Command): Promise<void> {
  const which = parseChoice(shell, SHELLS, 'shell');
  const dataset = await ctx.dataset();
  const spec: Spec = {
    commands: program.commands.map((c) => ({ name: c.name(), options: c.options.map((o) => o.long).filter((o): o is string => Boolean(o)).concat('--help') })),
    globals: program.options.map((o) => o.long).filter((o): o is string => Boolean(o)),
    states: dataset.states.map((s) => s.code),
    topics: [...TOPIC_IDS],
    alliances: dataset.alliances.map((a) => a.id),
  };
  ctx.io.stdout(which === 'bash' ? bash(spec) : which === 'zsh' ? zsh(spec) : fish(spec));
}

// Which values complete an option or a command's argument.
const VALUES_FOR: Record<string, keyof Pick<Spec, 'states' | 'topics' | 'alliances'>> = { '--state': 'states', '--topic': 'topics', '--alliance': 'alliances', state: 'states', compare: 'states', topic: 'topics', alliance: 'alliances' };

function bash(s: Spec): string {
  const cases = s.commands.map((c) => `    ${c.name}) opts="${c.options.join(' ')}" ;;`).join('\n');
  return `# bash completion for softsec: source it, or save it to /etc/bash_completion.d/softsec
_softsec() {
  local cur prev cmd opts
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  cmd="\${COMP_WORDS[1]}"
  local states="${s.states.join(' ')}"
  local topics="${s.topics.join(' ')}"
  local alliances="${s.alliances.join(' ')}"
  case "$prev" in
    --state) COMPREPLY=($(compgen -W "$states" -- "$cur")); return ;;
    --topic) COMPREPLY=($(compgen -W "$topics" -- "$cur")); return ;;
    --alliance) COMPREPLY=($(compgen -W "$alliances" -- "$cur")); return ;;
  esac
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "${s.commands.map((c) => c.name).join(' ')} ${s.globals.join(' ')}" -- "$cur")); return
  fi
  case "$cmd" in
${cases}
  esac
  if [[ "$cur" != -* ]]; then
    case "$cmd" in
      state|compare) COMPREPLY=($(compgen -W "$states" -- "$cur")); return ;;
      topic) COMPREPLY=($(compgen -W "$topics" -- "$cur")); return ;;
      alliance) COMPREPLY=($(compgen -W "$alliances" -- "$cur")); return ;;
      completion) COMPREPLY=($(compgen -W "bash zsh fish" -- "$cur")); return ;;
    esac
  fi
  COMPREPLY=($(compgen -W "$opts" -- "$cur"))
}
complete -F _softsec softsec
`;
}

function zsh(s: Spec): string {
  const cases = s.commands
    .map((c) => {
      const arg = VALUES_FOR[c.name] ? ` '*:value:(${s[VALUES_FOR[c.name]!].join(' ')})'` : c.name === 'completion' ? " '1:shell:(bash zsh fish)'" : '';
      const opts = c.options.map((o) => (VALUES_FOR[o] ? `'${o}[${o.slice(2)}]:value:(${s[VALUES_FOR[o]!].join(' ')})'` : `'${o}'`)).join(' ');
      return `    ${c.name}) _arguments ${opts}${arg} ;;`;
    })
    .join('\n');
  return `#compdef softsec
# zsh completion for softsec: save as _softsec in a directory on $fpath
_softsec() {
  local -a commands
  commands=(${s.commands.map((c) => `'${c.name}'`).join(' ')})
  if (( CURRENT == 2 )); then
    _describe 'command' commands
    return
  fi
  case "$words[2]" in
${cases}
  esac
}
_softsec "$@"
`;
}

function fish(s: Spec): string {
  const lines = [
    '# fish completion for softsec: save as ~/.config/fish/completions/softsec.fish',
    'complete -c softsec -f',
    `complete -c softsec -n '__fish_use_subcommand' -a '${s.commands.map((c) => c.name).join(' ')}'`,
  ];
  for (const c of s.commands) {
    for (const o of c.options) {
      const values = VALUES_FOR[o] ? ` -r -a '${s[VALUES_FOR[o]!].join(' ')}'` : '';
      lines.push(`complete -c softsec -n '__fish_seen_subcommand_from ${c.name}' -l ${o.slice(2)}${values}`);
    }
    if (VALUES_FOR[c.name]) lines.push(`complete -c softsec -n '__fish_seen_subcommand_from ${c.name}' -a '${s[VALUES_FOR[c.name]!].join(' ')}'`);
  }
  lines.push(`complete -c softsec -n '__fish_seen_subcommand_from completion' -a 'bash zsh fish'`);
  return `${lines.join('\n')}\n`;
}
