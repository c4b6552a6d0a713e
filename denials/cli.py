"""The ``denials`` console command. Each subcommand lives with the code it fronts and is imported
only when invoked, so ``denials text`` does not pay for Prefect or the web app."""
from __future__ import annotations

import importlib

import click

from denials import __version__

# name -> "module:click_command"; the module owns its options and help text.
COMMANDS = {
    "text": "pipeline.commands:text",
    "extract": "pipeline.commands:extract",
    "eval": "pipeline.commands:eval_cmd",
    "samples": "samples.commands:samples",
    "batch": "flows.commands:batch",
    "watch": "flows.commands:watch",
    "serve": "flows.commands:serve",
    "export": "flows.commands:export",
    "reprocess": "flows.commands:reprocess",
    "db": "store.commands:db",
    "review": "webapp.commands:review",
    "users": "webapp.commands:users",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx):
        return sorted(COMMANDS)

    def get_command(self, ctx, name):
        target = COMMANDS.get(name)
        if target is None:
            return None
        module, attr = target.split(":")
        try:
            return getattr(importlib.import_module(module), attr)
        except (ImportError, AttributeError) as e:  # a part not installed/built yet
            @click.command(name=name, help=f"(unavailable: {e})")
            def unavailable():
                raise click.ClickException(f"'{name}' is not available: {e}")
            return unavailable


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="denials")
def cli():
    """Denial letters in, reviewable CaseRecord v1 records out."""


def main():  # console-script entry point
    cli()
