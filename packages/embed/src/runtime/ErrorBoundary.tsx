import { Component, type ComponentChildren } from 'preact';

/** Keeps a widget's failure inside the widget: it renders nothing and reports once. */
export class ErrorBoundary extends Component<{ children: ComponentChildren }, { failed: boolean }> {
  override state = { failed: false };

  override componentDidCatch(error: unknown) {
    console.error('[LoyaltyKit] A widget failed and was hidden:', error);
    this.setState({ failed: true });
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
